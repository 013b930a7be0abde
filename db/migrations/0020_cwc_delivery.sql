CREATE TYPE "public"."cwc_chamber" AS ENUM('house', 'senate');--> statement-breakpoint
CREATE TABLE "cwc_chambers" (
	"chamber" "cwc_chamber" PRIMARY KEY NOT NULL,
	"last_fetch_at" timestamp with time zone,
	"last_fetch_ok_at" timestamp with time zone,
	"last_fetch_error" text,
	"office_count" integer,
	"halted_at" timestamp with time zone,
	"halt_status" integer,
	"halt_reason" text
);
--> statement-breakpoint
CREATE TABLE "cwc_offices" (
	"chamber" "cwc_chamber" NOT NULL,
	"office_code" varchar(8) NOT NULL,
	"name" text,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cwc_offices_chamber_office_code_pk" PRIMARY KEY("chamber","office_code")
);
--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "cwc_delivery_id" varchar(32);--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "cwc_http_status" integer;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "cwc_response" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "cwc_payload_sha256" varchar(64);--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "cwc_errors" jsonb;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "handoff_reason" varchar(32);--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "letter_parts" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_cwc_delivery_id_once" ON "deliveries" USING btree ("cwc_delivery_id");--> statement-breakpoint
CREATE INDEX "deliveries_queued_channel_idx" ON "deliveries" USING btree ("channel","next_attempt_at","created_at") WHERE "deliveries"."status" = 'queued';