CREATE TYPE "public"."call_outcome" AS ENUM('reached', 'voicemail', 'busy', 'skipped');--> statement-breakpoint
ALTER TYPE "public"."campaign_step_kind" ADD VALUE 'call';--> statement-breakpoint
CREATE TABLE "call_outcomes" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"step_id" text NOT NULL,
	"official_id" text NOT NULL,
	"user_id" text,
	"visitor" text,
	"outcome" "call_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_outcomes_one_caller" CHECK ("call_outcomes"."user_id" is null or "call_outcomes"."visitor" is null)
);
--> statement-breakpoint
CREATE TABLE "call_scripts" (
	"step_id" text NOT NULL,
	"language" varchar(8) NOT NULL,
	"parts" jsonb NOT NULL,
	"voicemail" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_scripts_step_id_language_pk" PRIMARY KEY("step_id","language")
);
--> statement-breakpoint
CREATE TABLE "call_steps" (
	"step_id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"window_starts_on" date,
	"window_ends_on" date,
	"window_start_hour" smallint,
	"window_end_hour" smallint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_steps_window_dates" CHECK ("call_steps"."window_starts_on" is null or "call_steps"."window_ends_on" is null or "call_steps"."window_starts_on" <= "call_steps"."window_ends_on"),
	CONSTRAINT "call_steps_window_hours" CHECK (("call_steps"."window_start_hour" is null and "call_steps"."window_end_hour" is null) or ("call_steps"."window_start_hour" between 0 and 23 and "call_steps"."window_end_hour" between 1 and 24 and "call_steps"."window_start_hour" < "call_steps"."window_end_hour"))
);
--> statement-breakpoint
CREATE TABLE "call_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"step_id" text NOT NULL,
	"rule" "target_rule" NOT NULL,
	"official_id" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "call_targets_no_custom" CHECK ("call_targets"."rule" <> 'custom'),
	CONSTRAINT "call_targets_official_named" CHECK (("call_targets"."rule" = 'official') = ("call_targets"."official_id" is not null))
);
--> statement-breakpoint
DROP INDEX "campaign_steps_section_once";--> statement-breakpoint
ALTER TABLE "call_outcomes" ADD CONSTRAINT "call_outcomes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_outcomes" ADD CONSTRAINT "call_outcomes_step_id_call_steps_step_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."call_steps"("step_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_outcomes" ADD CONSTRAINT "call_outcomes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_scripts" ADD CONSTRAINT "call_scripts_step_id_call_steps_step_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."call_steps"("step_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_steps" ADD CONSTRAINT "call_steps_step_id_campaign_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."campaign_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_steps" ADD CONSTRAINT "call_steps_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_targets" ADD CONSTRAINT "call_targets_step_id_call_steps_step_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."call_steps"("step_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "call_outcomes_user_once" ON "call_outcomes" USING btree ("step_id","official_id","user_id") WHERE "call_outcomes"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "call_outcomes_visitor_once" ON "call_outcomes" USING btree ("step_id","official_id","visitor") WHERE "call_outcomes"."visitor" is not null;--> statement-breakpoint
CREATE INDEX "call_outcomes_campaign_idx" ON "call_outcomes" USING btree ("campaign_id","created_at","id");--> statement-breakpoint
CREATE INDEX "call_outcomes_user_idx" ON "call_outcomes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "call_steps_campaign_idx" ON "call_steps" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "call_targets_step_idx" ON "call_targets" USING btree ("step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_targets_rule_once" ON "call_targets" USING btree ("step_id","rule") WHERE "call_targets"."rule" in ('senators', 'house', 'state_upper', 'state_lower');--> statement-breakpoint
CREATE UNIQUE INDEX "call_targets_official_once" ON "call_targets" USING btree ("step_id","official_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_steps_section_once" ON "campaign_steps" USING btree ("campaign_id","kind") WHERE "campaign_steps"."kind" in ('learn', 'write', 'pledge', 'share');--> statement-breakpoint
-- Call tallies (db/schema/tallies.ts, as 0013 does for letters): every outcome recorded, changed or removed
-- appends its deltas, so the counts on the page and the dashboard never count the calls themselves.
--   calls_step     the step                     calls_official  step and official ('STEP OFFICIAL')
--   calls_outcome  step and outcome ('STEP reached')   calls_hour  the UTC hour it was first reported
CREATE FUNCTION chorus_tally_call_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n)
    SELECT c, metric, key, sum(n)::int FROM (
      SELECT OLD.campaign_id, m.metric, m.key, -1 FROM (VALUES
          ('calls_step', OLD.step_id),
          ('calls_official', OLD.step_id || ' ' || OLD.official_id),
          ('calls_outcome', OLD.step_id || ' ' || OLD.outcome::text),
          ('calls_hour', chorus_tally_hour(OLD.created_at))) m(metric, key)
        WHERE TG_OP <> 'INSERT'
      UNION ALL
      SELECT NEW.campaign_id, m.metric, m.key, 1 FROM (VALUES
          ('calls_step', NEW.step_id),
          ('calls_official', NEW.step_id || ' ' || NEW.official_id),
          ('calls_outcome', NEW.step_id || ' ' || NEW.outcome::text),
          ('calls_hour', chorus_tally_hour(NEW.created_at))) m(metric, key)
        WHERE TG_OP <> 'DELETE'
    ) v(c, metric, key, n)
    GROUP BY c, metric, key HAVING sum(n) <> 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER call_outcomes_tally_insert AFTER INSERT ON call_outcomes
  FOR EACH ROW EXECUTE FUNCTION chorus_tally_call_outcomes();
--> statement-breakpoint
CREATE TRIGGER call_outcomes_tally_update AFTER UPDATE ON call_outcomes
  FOR EACH ROW WHEN (OLD.outcome IS DISTINCT FROM NEW.outcome OR OLD.step_id IS DISTINCT FROM NEW.step_id
    OR OLD.official_id IS DISTINCT FROM NEW.official_id OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id
    OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION chorus_tally_call_outcomes();
--> statement-breakpoint
CREATE TRIGGER call_outcomes_tally_delete AFTER DELETE ON call_outcomes
  FOR EACH ROW EXECUTE FUNCTION chorus_tally_call_outcomes();
