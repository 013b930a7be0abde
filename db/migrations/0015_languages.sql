CREATE TABLE "campaign_translations" (
	"campaign_id" text NOT NULL,
	"language" varchar(8) NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"call_to_action" text DEFAULT '' NOT NULL,
	"image_alt" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_translations_campaign_id_language_pk" PRIMARY KEY("campaign_id","language")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" varchar(8);--> statement-breakpoint
ALTER TABLE "campaign_translations" ADD CONSTRAINT "campaign_translations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A translation is shown on the campaign's page: the page cache drops the page when it changes (see 0010).
CREATE TRIGGER campaign_translations_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaign_translations
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
