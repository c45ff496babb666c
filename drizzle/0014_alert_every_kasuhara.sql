ALTER TABLE "organisations" ALTER COLUMN "alert_threshold" SET DEFAULT 0;--> statement-breakpoint
-- Every call judged harassment alerts by default now (issue 15 §4). An organisation still on the old
-- default (70) that no admin ever set (no audited alert_level change on it, or on an organisation that
-- shares its settings) gets the new default; a level an admin chose, even `high`, is kept.
UPDATE "organisations" o SET "alert_threshold" = 0, "updated_at" = now()
WHERE o."alert_threshold" = 70
  AND NOT EXISTS (
    SELECT 1 FROM "audit_log" a
    WHERE a."action" = 'settings_change' AND a."subject" = 'alert_level'
      AND (a."org_id" = o."id" OR a."org_id" IN (SELECT l."linked_org_id" FROM "organisation_links" l WHERE l."owner_org_id" = o."id"))
  );
