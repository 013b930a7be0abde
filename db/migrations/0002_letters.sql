CREATE TYPE "public"."delivery_channel" AS ENUM('email', 'contact_form');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('awaiting_confirmation', 'queued', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'handoff_ready', 'handoff_done');--> statement-breakpoint
CREATE TYPE "public"."letter_status" AS ENUM('awaiting_confirmation', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."target_rule" AS ENUM('senators', 'house', 'state_upper', 'state_lower', 'official', 'custom');--> statement-breakpoint
CREATE TABLE "campaign_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"rule" "target_rule" NOT NULL,
	"official_id" text,
	"custom_target_id" text,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "custom_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"letter_id" text NOT NULL,
	"target_key" text NOT NULL,
	"official_id" text,
	"custom_target_id" text,
	"target_name" text NOT NULL,
	"target_title" text DEFAULT '' NOT NULL,
	"target_email" text,
	"contact_form_url" text,
	"channel" "delivery_channel" NOT NULL,
	"status" "delivery_status" NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"batch_id" text,
	"next_attempt_at" timestamp with time zone,
	"provider_message_id" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "letter_confirmations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"letter_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "letter_confirmations_letter_id_unique" UNIQUE("letter_id")
);
--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"language" varchar(8) DEFAULT 'en' NOT NULL,
	"subject" text NOT NULL,
	"parts" jsonb NOT NULL,
	"personalization_prompt" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"supporter_id" text,
	"status" "letter_status" NOT NULL,
	"language" varchar(8) DEFAULT 'en' NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"personalization_score" real NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"state" varchar(2) NOT NULL,
	"zip" varchar(5) NOT NULL,
	"street_address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_custom_target_id_custom_targets_id_fk" FOREIGN KEY ("custom_target_id") REFERENCES "public"."custom_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_targets" ADD CONSTRAINT "custom_targets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_confirmations" ADD CONSTRAINT "letter_confirmations_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_supporter_id_users_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_targets_campaign_id_idx" ON "campaign_targets" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_targets_rule_once" ON "campaign_targets" USING btree ("campaign_id","rule") WHERE "campaign_targets"."rule" in ('senators', 'house', 'state_upper', 'state_lower');--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_targets_official_once" ON "campaign_targets" USING btree ("campaign_id","official_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_targets_custom_once" ON "campaign_targets" USING btree ("campaign_id","custom_target_id");--> statement-breakpoint
CREATE INDEX "custom_targets_organization_id_idx" ON "custom_targets" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_letter_target_once" ON "deliveries" USING btree ("letter_id","target_key");--> statement-breakpoint
CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");--> statement-breakpoint
CREATE INDEX "deliveries_email_queue_idx" ON "deliveries" USING btree ("next_attempt_at","created_at") WHERE "deliveries"."status" = 'queued' and "deliveries"."channel" = 'email';--> statement-breakpoint
CREATE INDEX "deliveries_batch_idx" ON "deliveries" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_templates_campaign_language" ON "letter_templates" USING btree ("campaign_id","language");--> statement-breakpoint
CREATE UNIQUE INDEX "letters_campaign_supporter_once" ON "letters" USING btree ("campaign_id","supporter_id");--> statement-breakpoint
CREATE INDEX "letters_campaign_created_idx" ON "letters" USING btree ("campaign_id","created_at");