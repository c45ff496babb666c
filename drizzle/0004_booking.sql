CREATE TABLE "booking_days_off" (
	"instructor_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "booking_days_off_instructor_id_day_pk" PRIMARY KEY("instructor_id","day")
);
--> statement-breakpoint
CREATE TABLE "booking_instructors" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"key" bigint GENERATED ALWAYS AS IDENTITY (sequence name "booking_instructors_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"meeting_url" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_instructors_key_uq" UNIQUE("key"),
	CONSTRAINT "booking_instructors_member_key_uq" UNIQUE("member_id","key")
);
--> statement-breakpoint
CREATE TABLE "booking_invoice_counters" (
	"issuer" text PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"number" integer NOT NULL,
	"display_number" text NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"recipient_company" text NOT NULL,
	"recipient_name" text,
	"description" text NOT NULL,
	"amount_excl_tax_yen" integer NOT NULL,
	"tax_rate_percent" integer NOT NULL,
	"tax_yen" integer NOT NULL,
	"total_yen" integer NOT NULL,
	"issuer_name" text NOT NULL,
	"registration_number" text NOT NULL,
	"status" text DEFAULT 'unpaid' NOT NULL,
	"paid_at" timestamp with time zone,
	"marked_paid_by" uuid,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_invoices_booking_uq" UNIQUE("booking_id"),
	CONSTRAINT "booking_invoices_number_uq" UNIQUE("issuer","number"),
	CONSTRAINT "booking_invoices_status_ck" CHECK ("booking_invoices"."status" in ('unpaid', 'paid', 'void')),
	CONSTRAINT "booking_invoices_number_ck" CHECK ("booking_invoices"."number" > 0),
	CONSTRAINT "booking_invoices_registration_ck" CHECK ("booking_invoices"."registration_number" ~ '^T[0-9]{13}$'),
	CONSTRAINT "booking_invoices_amounts_ck" CHECK ("booking_invoices"."total_yen" = "booking_invoices"."amount_excl_tax_yen" + "booking_invoices"."tax_yen"),
	CONSTRAINT "booking_invoices_paid_ck" CHECK (("booking_invoices"."status" = 'paid') = ("booking_invoices"."paid_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "booking_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"min_notice_minutes" integer NOT NULL,
	"buffer_minutes" integer NOT NULL,
	"hold_minutes" integer NOT NULL,
	"cancel_deadline_hours" integer NOT NULL,
	"late_cancel_refund_percent" integer NOT NULL,
	"late_move_allowed" boolean DEFAULT false NOT NULL,
	"exclude_holidays" boolean DEFAULT true NOT NULL,
	"step_minutes" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_settings_notice_ck" CHECK ("booking_settings"."min_notice_minutes" between 0 and 43200),
	CONSTRAINT "booking_settings_buffer_ck" CHECK ("booking_settings"."buffer_minutes" between 0 and 240),
	CONSTRAINT "booking_settings_hold_ck" CHECK ("booking_settings"."hold_minutes" between 30 and 1440),
	CONSTRAINT "booking_settings_deadline_ck" CHECK ("booking_settings"."cancel_deadline_hours" between 0 and 720),
	CONSTRAINT "booking_settings_late_refund_ck" CHECK ("booking_settings"."late_cancel_refund_percent" between 0 and 100),
	CONSTRAINT "booking_settings_step_ck" CHECK ("booking_settings"."step_minutes" between 5 and 240)
);
--> statement-breakpoint
CREATE TABLE "booking_weekly_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instructor_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	CONSTRAINT "booking_weekly_hours_weekday_ck" CHECK ("booking_weekly_hours"."weekday" between 1 and 7),
	CONSTRAINT "booking_weekly_hours_range_ck" CHECK ("booking_weekly_hours"."start_minute" >= 0 and "booking_weekly_hours"."end_minute" <= 1440 and "booking_weekly_hours"."start_minute" < "booking_weekly_hours"."end_minute")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"trainee_id" uuid NOT NULL,
	"instructor_id" uuid NOT NULL,
	"instructor_key" bigint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"payment_method" text NOT NULL,
	"price_yen" integer NOT NULL,
	"tax_yen" integer NOT NULL,
	"total_yen" integer NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"meeting_url" text,
	"request_key" text NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"stripe_checkout_session_id" text,
	"stripe_checkout_url" text,
	"stripe_checkout_expires_at" timestamp with time zone,
	"stripe_payment_intent_id" text,
	"paid_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"refund_status" text DEFAULT 'none' NOT NULL,
	"refund_yen" integer DEFAULT 0 NOT NULL,
	"stripe_refund_id" text,
	"moves" integer DEFAULT 0 NOT NULL,
	"reminded_24h_at" timestamp with time zone,
	"reminded_1h_at" timestamp with time zone,
	"outcome_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_request_key_uq" UNIQUE("org_id","request_key"),
	CONSTRAINT "bookings_checkout_session_uq" UNIQUE("stripe_checkout_session_id"),
	CONSTRAINT "bookings_kind_ck" CHECK ("bookings"."kind" in ('consultation', 'orientation')),
	CONSTRAINT "bookings_status_ck" CHECK ("bookings"."status" in ('held', 'confirmed', 'completed', 'no_show', 'cancelled', 'expired')),
	CONSTRAINT "bookings_payment_method_ck" CHECK ("bookings"."payment_method" in ('card', 'invoice', 'free')),
	CONSTRAINT "bookings_refund_status_ck" CHECK ("bookings"."refund_status" in ('none', 'pending', 'refunded', 'failed')),
	CONSTRAINT "bookings_cancelled_by_ck" CHECK ("bookings"."cancelled_by" is null or "bookings"."cancelled_by" in ('trainee', 'instructor', 'admin', 'system')),
	CONSTRAINT "bookings_times_ck" CHECK ("bookings"."starts_at" < "bookings"."ends_at" and "bookings"."ends_at" <= "bookings"."blocked_until"),
	CONSTRAINT "bookings_amounts_ck" CHECK ("bookings"."price_yen" >= 0 and "bookings"."tax_yen" >= 0 and "bookings"."total_yen" = "bookings"."price_yen" + "bookings"."tax_yen" and "bookings"."refund_yen" between 0 and "bookings"."total_yen"),
	CONSTRAINT "bookings_free_ck" CHECK (("bookings"."payment_method" = 'free') = ("bookings"."total_yen" = 0)),
	CONSTRAINT "bookings_held_ck" CHECK ("bookings"."status" <> 'held' or ("bookings"."payment_method" = 'card' and "bookings"."hold_expires_at" is not null)),
	CONSTRAINT "bookings_cancelled_ck" CHECK (("bookings"."status" = 'cancelled') = ("bookings"."cancelled_at" is not null)),
	CONSTRAINT "bookings_card_paid_ck" CHECK ("bookings"."payment_method" <> 'card' or "bookings"."status" in ('held', 'expired') or "bookings"."paid_at" is not null or "bookings"."status" = 'cancelled')
);
--> statement-breakpoint
CREATE TABLE "stripe_webhook_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_kind_ck";--> statement-breakpoint
ALTER TABLE "booking_days_off" ADD CONSTRAINT "booking_days_off_instructor_id_booking_instructors_member_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."booking_instructors"("member_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_instructors" ADD CONSTRAINT "booking_instructors_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_instructors" ADD CONSTRAINT "booking_instructors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_invoices" ADD CONSTRAINT "booking_invoices_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_invoices" ADD CONSTRAINT "booking_invoices_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_invoices" ADD CONSTRAINT "booking_invoices_marked_paid_by_members_id_fk" FOREIGN KEY ("marked_paid_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_settings" ADD CONSTRAINT "booking_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_weekly_hours" ADD CONSTRAINT "booking_weekly_hours_instructor_id_booking_instructors_member_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."booking_instructors"("member_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_trainee_id_members_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_instructor_fk" FOREIGN KEY ("instructor_id","instructor_key") REFERENCES "public"."booking_instructors"("member_id","key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_instructors_org_idx" ON "booking_instructors" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "booking_invoices_org_status_idx" ON "booking_invoices" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "booking_weekly_hours_instructor_idx" ON "booking_weekly_hours" USING btree ("instructor_id");--> statement-breakpoint
CREATE INDEX "bookings_instructor_starts_idx" ON "bookings" USING btree ("instructor_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_trainee_starts_idx" ON "bookings" USING btree ("trainee_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_org_starts_idx" ON "bookings" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_status_starts_idx" ON "bookings" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "stripe_webhook_events_received_idx" ON "stripe_webhook_events" USING btree ("received_at");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_kind_ck" CHECK ("outbox"."kind" in ('analysis_result', 'alert', 'quota_warning', 'quota_exceeded', 'error', 'community_post', 'community_update', 'booking'));