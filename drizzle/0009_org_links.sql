CREATE TABLE "organisation_link_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"issued_by" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_links" (
	"linked_org_id" uuid PRIMARY KEY NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_links_not_self_ck" CHECK ("organisation_links"."linked_org_id" <> "organisation_links"."owner_org_id")
);
--> statement-breakpoint
ALTER TABLE "organisation_link_codes" ADD CONSTRAINT "organisation_link_codes_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_link_codes" ADD CONSTRAINT "organisation_link_codes_issued_by_members_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_links" ADD CONSTRAINT "organisation_links_linked_org_id_organisations_id_fk" FOREIGN KEY ("linked_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_links" ADD CONSTRAINT "organisation_links_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_link_codes_owner_idx" ON "organisation_link_codes" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "organisation_links_owner_idx" ON "organisation_links" USING btree ("owner_org_id");