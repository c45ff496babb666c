CREATE TABLE "booking_payment_mismatches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"source" text NOT NULL,
	"event_id" text,
	"session_id" text,
	"payment_intent_id" text,
	"problems" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_payment_mismatches_source_ck" CHECK ("booking_payment_mismatches"."source" in ('webhook', 'sweep'))
);
--> statement-breakpoint
ALTER TABLE "booking_payment_mismatches" ADD CONSTRAINT "booking_payment_mismatches_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_payment_mismatches" ADD CONSTRAINT "booking_payment_mismatches_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_payment_mismatches_org_created_idx" ON "booking_payment_mismatches" USING btree ("org_id","created_at");