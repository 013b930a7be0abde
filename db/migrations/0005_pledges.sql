CREATE TYPE "public"."donation_frequency" AS ENUM('one_time', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."pledge_kind" AS ENUM('volunteer_shift', 'donation', 'goods', 'skills');--> statement-breakpoint
CREATE TYPE "public"."pledge_status" AS ENUM('pledged', 'done', 'missed', 'cancelled');--> statement-breakpoint
CREATE TABLE "pledge_options" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"campaign_id" text,
	"kind" "pledge_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"time_zone" text,
	"location" text,
	"is_remote" boolean DEFAULT false NOT NULL,
	"hours" real,
	"capacity" integer,
	"taken" integer DEFAULT 0 NOT NULL,
	"pledgers" integer DEFAULT 0 NOT NULL,
	"pledged_cents" integer DEFAULT 0 NOT NULL,
	"pledged_hours" real DEFAULT 0 NOT NULL,
	"suggested_amounts_cents" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"allows_monthly" boolean DEFAULT false NOT NULL,
	"item" text,
	"skill" text,
	"is_open" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" text PRIMARY KEY NOT NULL,
	"option_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" "pledge_status" DEFAULT 'pledged' NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"amount_cents" integer,
	"frequency" "donation_frequency",
	"hours" real,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"note" text,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "pledge_options" ADD CONSTRAINT "pledge_options_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_options" ADD CONSTRAINT "pledge_options_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_option_id_pledge_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."pledge_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pledge_options_organization_idx" ON "pledge_options" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "pledge_options_campaign_idx" ON "pledge_options" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "pledge_options_starts_idx" ON "pledge_options" USING btree ("starts_at") WHERE "pledge_options"."kind" = 'volunteer_shift';--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_active_once" ON "pledges" USING btree ("option_id","user_id") WHERE "pledges"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "pledges_user_idx" ON "pledges" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "deliveries_target_sent_idx" ON "deliveries" USING btree ("target_key","sent_at");