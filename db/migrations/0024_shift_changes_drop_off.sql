ALTER TABLE "organizations" ADD COLUMN "drop_off_place" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "drop_off_hours" text;--> statement-breakpoint
ALTER TABLE "pledge_options" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pledge_options" ADD COLUMN "calendar_sequence" integer DEFAULT 0 NOT NULL;