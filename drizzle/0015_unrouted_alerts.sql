CREATE TABLE "unrouted_alerts" (
	"analysis_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_kind_ck";--> statement-breakpoint
ALTER TABLE "unrouted_alerts" ADD CONSTRAINT "unrouted_alerts_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unrouted_alerts" ADD CONSTRAINT "unrouted_alerts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unrouted_alerts_org_idx" ON "unrouted_alerts" USING btree ("org_id","resolved_at");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_kind_ck" CHECK ("outbox"."kind" in ('analysis_result', 'alert', 'quota_warning', 'quota_exceeded', 'error', 'community_post', 'community_update', 'booking', 'insights', 'admin_notice'));