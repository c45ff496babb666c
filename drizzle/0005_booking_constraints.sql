-- Two active bookings of one instructor never overlap: each holds [starts_at, blocked_until)
-- (blocked_until = ends_at + the buffer), and this exclusion constraint refuses a second one whose
-- range overlaps (&&) for the same instructor, whoever commits first.
--
-- Instructors are compared as one-point int8 ranges (int8range(key, key, '[]') WITH =): GiST's
-- built-in range operator class supports equality, so this needs no btree_gist extension. PGlite
-- ships btree_gist only as an extension bundle each client must load at start-up; this form works
-- on every PGlite instance and every PostgreSQL server with the same meaning (exact equality of
-- the instructor, not a hash).
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist (
  int8range("instructor_key", "instructor_key", '[]') WITH =,
  tstzrange("starts_at", "blocked_until", '[)') WITH &&
) WHERE ("status" IN ('held', 'confirmed', 'completed', 'no_show'));
