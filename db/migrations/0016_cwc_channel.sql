CREATE TYPE "public"."cwc_stance" AS ENUM('pro', 'con');--> statement-breakpoint
ALTER TYPE "public"."delivery_channel" ADD VALUE 'cwc';--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "cwc_topics" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "cwc_stance" "cwc_stance";--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "prefix" varchar(8);