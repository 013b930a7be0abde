CREATE TYPE "public"."official_level" AS ENUM('federal', 'state', 'local');--> statement-breakpoint
CREATE TABLE "officials" (
	"id" text PRIMARY KEY NOT NULL,
	"level" "official_level" NOT NULL,
	"chamber" text NOT NULL,
	"state" varchar(2) NOT NULL,
	"district" integer,
	"district_label" text,
	"name" text NOT NULL,
	"first_name" text,
	"last_name" text,
	"party" text,
	"phone" text,
	"email" text,
	"contact_form_url" text,
	"website_url" text,
	"term_end" date,
	"raw" jsonb NOT NULL,
	"source_hash" text NOT NULL,
	"removed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officials_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"source" jsonb NOT NULL,
	"officials_added" integer NOT NULL,
	"officials_removed" integer NOT NULL,
	"officials_changed" integer NOT NULL,
	"zip_districts_added" integer NOT NULL,
	"zip_districts_removed" integer NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory_zip_ranges" (
	"state" varchar(2) NOT NULL,
	"zip_from" varchar(5) NOT NULL,
	"zip_to" varchar(5) NOT NULL,
	CONSTRAINT "territory_zip_ranges_state_zip_from_pk" PRIMARY KEY("state","zip_from")
);
--> statement-breakpoint
CREATE TABLE "zip_districts" (
	"zip" varchar(5) NOT NULL,
	"state" varchar(2) NOT NULL,
	"district" integer NOT NULL,
	CONSTRAINT "zip_districts_zip_state_district_pk" PRIMARY KEY("zip","state","district")
);
--> statement-breakpoint
CREATE INDEX "officials_seat_idx" ON "officials" USING btree ("state","level","chamber","district") WHERE "officials"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "officials_imports_started_at_idx" ON "officials_imports" USING btree ("started_at");