CREATE TYPE "public"."bill_jurisdiction" AS ENUM('federal', 'state');--> statement-breakpoint
CREATE TYPE "public"."campaign_step_kind" AS ENUM('learn', 'write', 'pledge', 'share', 'ask');--> statement-breakpoint
CREATE TYPE "public"."campaign_step_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "campaign_bills" (
	"campaign_id" text PRIMARY KEY NOT NULL,
	"jurisdiction" "bill_jurisdiction" NOT NULL,
	"state" varchar(2),
	"number" varchar(40) NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"status" text DEFAULT '' NOT NULL,
	"status_updated_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_bills_state_matches" CHECK (("campaign_bills"."jurisdiction" = 'federal' and "campaign_bills"."state" is null) or ("campaign_bills"."jurisdiction" = 'state' and "campaign_bills"."state" is not null))
);
--> statement-breakpoint
CREATE TABLE "campaign_step_alerts" (
	"step_id" text PRIMARY KEY NOT NULL,
	"update_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_steps" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"kind" "campaign_step_kind" NOT NULL,
	"position" integer NOT NULL,
	"status" "campaign_step_status" DEFAULT 'open' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"url" text,
	"opened_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_steps_done" (
	"step_id" text NOT NULL,
	"user_id" text NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_steps_done_step_id_user_id_pk" PRIMARY KEY("step_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_bills" ADD CONSTRAINT "campaign_bills_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_step_alerts" ADD CONSTRAINT "campaign_step_alerts_step_id_campaign_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."campaign_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_step_alerts" ADD CONSTRAINT "campaign_step_alerts_update_id_campaign_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."campaign_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_steps" ADD CONSTRAINT "campaign_steps_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_steps_done" ADD CONSTRAINT "campaign_steps_done_step_id_campaign_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."campaign_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_steps_done" ADD CONSTRAINT "campaign_steps_done_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_steps_campaign_idx" ON "campaign_steps" USING btree ("campaign_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_steps_section_once" ON "campaign_steps" USING btree ("campaign_id","kind") WHERE "campaign_steps"."kind" <> 'ask';--> statement-breakpoint
CREATE INDEX "campaign_steps_done_user_idx" ON "campaign_steps_done" USING btree ("user_id");