CREATE TYPE "public"."reply_answer" AS ENUM('yes', 'no', 'not_yet');--> statement-breakpoint
CREATE TABLE "delivery_replies" (
	"delivery_id" text PRIMARY KEY NOT NULL,
	"official_id" text,
	"answer" "reply_answer" NOT NULL,
	"reply_text" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reply_checks" (
	"letter_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reply_checks_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "delivery_daily_cap" integer DEFAULT 200;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "office_hours_start" smallint DEFAULT 9;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "office_hours_end" smallint DEFAULT 17;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "office_weekdays_only" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "time_zone" text DEFAULT 'America/New_York' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "reply_check_days" integer DEFAULT 14;--> statement-breakpoint
ALTER TABLE "custom_targets" ADD COLUMN "requires_address" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "delivery_replies" ADD CONSTRAINT "delivery_replies_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_checks" ADD CONSTRAINT "reply_checks_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_replies_official_idx" ON "delivery_replies" USING btree ("official_id");