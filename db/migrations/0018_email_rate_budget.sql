CREATE TABLE "email_provider_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"priority" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "email_rate_budget" (
	"id" smallint PRIMARY KEY NOT NULL,
	"next_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "email_provider_requests_start_idx" ON "email_provider_requests" USING btree ("start_at");