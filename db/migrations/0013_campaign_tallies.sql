CREATE TABLE "campaign_tallies" (
	"campaign_id" text NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "campaign_tallies_campaign_id_metric_key_pk" PRIMARY KEY("campaign_id","metric","key")
);
--> statement-breakpoint
CREATE TABLE "campaign_tally_deltas" (
	"campaign_id" text NOT NULL,
	"metric" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "campaign_tally_deltas_campaign_idx" ON "campaign_tally_deltas" USING btree ("campaign_id","metric");--> statement-breakpoint
-- Campaign tallies (db/schema/tallies.ts): every change to letters, deliveries and campaign_supporters appends
-- its deltas (+1 for the new value, -1 for the old) for the metrics it moves. Append only: no counter row is
-- updated by writers, so letters written at once to one campaign never wait on each other here. The
-- compaction job (lib/campaigns/tallies.ts) folds the deltas into campaign_tallies; reads add both.
-- The hour a letter was written, as a key that sorts as time and casts back to timestamptz.
CREATE FUNCTION chorus_tally_hour(at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24') || ':00:00+00'
$$;
--> statement-breakpoint
-- Letters: by status, by state, by hour written. Deleting a letter also counts out its deliveries here, before
-- the cascade removes them (their own trigger then no longer finds the letter's campaign); they are locked
-- first, so a delivery whose status another transaction is changing is counted out with its final status.
CREATE FUNCTION chorus_tally_letters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n) VALUES
      (NEW.campaign_id, 'letters_status', NEW.status::text, 1),
      (NEW.campaign_id, 'letters_state', NEW.state, 1),
      (NEW.campaign_id, 'letters_hour', chorus_tally_hour(NEW.created_at), 1);
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n) VALUES
      (OLD.campaign_id, 'letters_status', OLD.status::text, -1),
      (OLD.campaign_id, 'letters_state', OLD.state, -1),
      (OLD.campaign_id, 'letters_hour', chorus_tally_hour(OLD.created_at), -1);
    INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n)
      SELECT OLD.campaign_id, m.metric, m.key, -1
      FROM (SELECT channel, status, official_id FROM deliveries WHERE letter_id = OLD.id FOR UPDATE) d
      CROSS JOIN LATERAL (VALUES ('deliveries', d.channel::text || ' ' || d.status::text),
                                 ('deliveries_official', d.official_id)) m(metric, key)
      WHERE m.key IS NOT NULL;
    RETURN OLD;
  END IF;
  -- UPDATE (only when a counted column changed: see the trigger's WHEN).
  INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n)
    SELECT c, metric, key, sum(n)::int FROM (VALUES
      (OLD.campaign_id, 'letters_status', OLD.status::text, -1),
      (OLD.campaign_id, 'letters_state', OLD.state, -1),
      (OLD.campaign_id, 'letters_hour', chorus_tally_hour(OLD.created_at), -1),
      (NEW.campaign_id, 'letters_status', NEW.status::text, 1),
      (NEW.campaign_id, 'letters_state', NEW.state, 1),
      (NEW.campaign_id, 'letters_hour', chorus_tally_hour(NEW.created_at), 1)) v(c, metric, key, n)
    GROUP BY c, metric, key HAVING sum(n) <> 0;
  IF OLD.campaign_id IS DISTINCT FROM NEW.campaign_id THEN
    -- The letter's deliveries move with it.
    INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n)
      SELECT s.c, m.metric, m.key, s.n
      FROM (SELECT channel, status, official_id FROM deliveries WHERE letter_id = NEW.id FOR UPDATE) d
      CROSS JOIN (VALUES (OLD.campaign_id, -1), (NEW.campaign_id, 1)) s(c, n)
      CROSS JOIN LATERAL (VALUES ('deliveries', d.channel::text || ' ' || d.status::text),
                                 ('deliveries_official', d.official_id)) m(metric, key)
      WHERE m.key IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER letters_tally_insert AFTER INSERT ON letters
  FOR EACH ROW EXECUTE FUNCTION chorus_tally_letters();
--> statement-breakpoint
CREATE TRIGGER letters_tally_update AFTER UPDATE ON letters
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.state IS DISTINCT FROM NEW.state
    OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id)
  EXECUTE FUNCTION chorus_tally_letters();
--> statement-breakpoint
CREATE TRIGGER letters_tally_delete BEFORE DELETE ON letters
  FOR EACH ROW EXECUTE FUNCTION chorus_tally_letters();
--> statement-breakpoint
-- Deliveries: by channel and status, and by official. The campaign is the letter's.
CREATE FUNCTION chorus_tally_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_campaign text;
  new_campaign text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT campaign_id INTO new_campaign FROM letters WHERE id = NEW.letter_id;
    IF NEW.official_id IS NULL THEN
      INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n) VALUES
        (new_campaign, 'deliveries', NEW.channel::text || ' ' || NEW.status::text, 1);
    ELSE
      INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n) VALUES
        (new_campaign, 'deliveries', NEW.channel::text || ' ' || NEW.status::text, 1),
        (new_campaign, 'deliveries_official', NEW.official_id, 1);
    END IF;
    RETURN NULL;
  END IF;
  SELECT campaign_id INTO old_campaign FROM letters WHERE id = OLD.letter_id;
  IF TG_OP = 'DELETE' THEN
    -- Not found: the letter itself is being deleted, and its trigger counted this delivery out.
    IF old_campaign IS NOT NULL THEN
      INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n)
        SELECT old_campaign, metric, key, -1 FROM (VALUES
          ('deliveries', OLD.channel::text || ' ' || OLD.status::text),
          ('deliveries_official', OLD.official_id)) v(metric, key)
        WHERE key IS NOT NULL;
    END IF;
    RETURN NULL;
  END IF;
  IF NEW.letter_id = OLD.letter_id THEN
    new_campaign := old_campaign;
  ELSE
    SELECT campaign_id INTO new_campaign FROM letters WHERE id = NEW.letter_id;
  END IF;
  INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n)
    SELECT c, metric, key, sum(n)::int FROM (VALUES
      (old_campaign, 'deliveries', OLD.channel::text || ' ' || OLD.status::text, -1),
      (old_campaign, 'deliveries_official', OLD.official_id, -1),
      (new_campaign, 'deliveries', NEW.channel::text || ' ' || NEW.status::text, 1),
      (new_campaign, 'deliveries_official', NEW.official_id, 1)) v(c, metric, key, n)
    WHERE key IS NOT NULL
    GROUP BY c, metric, key HAVING sum(n) <> 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER deliveries_tally_insert AFTER INSERT ON deliveries
  FOR EACH ROW EXECUTE FUNCTION chorus_tally_deliveries();
--> statement-breakpoint
CREATE TRIGGER deliveries_tally_update AFTER UPDATE ON deliveries
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.channel IS DISTINCT FROM NEW.channel
    OR OLD.official_id IS DISTINCT FROM NEW.official_id OR OLD.letter_id IS DISTINCT FROM NEW.letter_id)
  EXECUTE FUNCTION chorus_tally_deliveries();
--> statement-breakpoint
CREATE TRIGGER deliveries_tally_delete AFTER DELETE ON deliveries
  FOR EACH ROW EXECUTE FUNCTION chorus_tally_deliveries();
--> statement-breakpoint
-- Supporters: people with the campaign who have not left.
CREATE FUNCTION chorus_tally_supporters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.left_at IS NULL THEN
    INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n) VALUES (OLD.campaign_id, 'supporters', '', -1);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.left_at IS NULL THEN
    INSERT INTO campaign_tally_deltas (campaign_id, metric, key, n) VALUES (NEW.campaign_id, 'supporters', '', 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER campaign_supporters_tally_insert AFTER INSERT ON campaign_supporters
  FOR EACH ROW WHEN (NEW.left_at IS NULL) EXECUTE FUNCTION chorus_tally_supporters();
--> statement-breakpoint
CREATE TRIGGER campaign_supporters_tally_update AFTER UPDATE ON campaign_supporters
  FOR EACH ROW WHEN ((OLD.left_at IS NULL) <> (NEW.left_at IS NULL) OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id)
  EXECUTE FUNCTION chorus_tally_supporters();
--> statement-breakpoint
CREATE TRIGGER campaign_supporters_tally_delete AFTER DELETE ON campaign_supporters
  FOR EACH ROW WHEN (OLD.left_at IS NULL) EXECUTE FUNCTION chorus_tally_supporters();
--> statement-breakpoint
-- TRUNCATE fires no row trigger: it empties the metrics of the table it empties (it holds the table's exclusive
-- lock, so no writer of that table is in flight).
CREATE FUNCTION chorus_tally_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM campaign_tallies WHERE metric = ANY (TG_ARGV);
  DELETE FROM campaign_tally_deltas WHERE metric = ANY (TG_ARGV);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER letters_tally_truncate AFTER TRUNCATE ON letters
  FOR EACH STATEMENT EXECUTE FUNCTION chorus_tally_truncated('letters_status', 'letters_state', 'letters_hour');
--> statement-breakpoint
CREATE TRIGGER deliveries_tally_truncate AFTER TRUNCATE ON deliveries
  FOR EACH STATEMENT EXECUTE FUNCTION chorus_tally_truncated('deliveries', 'deliveries_official');
--> statement-breakpoint
CREATE TRIGGER campaign_supporters_tally_truncate AFTER TRUNCATE ON campaign_supporters
  FOR EACH STATEMENT EXECUTE FUNCTION chorus_tally_truncated('supporters');
--> statement-breakpoint
-- What is already there. The triggers above hold each table's SHARE ROW EXCLUSIVE lock until this migration
-- commits, so no write lands between the count and the triggers: nothing is missed or counted twice.
INSERT INTO campaign_tallies (campaign_id, metric, key, n)
  SELECT campaign_id, 'letters_status', status::text, count(*) FROM letters GROUP BY 1, 3
  UNION ALL
  SELECT campaign_id, 'letters_state', state, count(*) FROM letters GROUP BY 1, 3
  UNION ALL
  SELECT campaign_id, 'letters_hour', chorus_tally_hour(created_at), count(*) FROM letters GROUP BY 1, 3
  UNION ALL
  SELECT l.campaign_id, 'deliveries', d.channel::text || ' ' || d.status::text, count(*)
    FROM deliveries d JOIN letters l ON l.id = d.letter_id GROUP BY 1, 3
  UNION ALL
  SELECT l.campaign_id, 'deliveries_official', d.official_id, count(*)
    FROM deliveries d JOIN letters l ON l.id = d.letter_id WHERE d.official_id IS NOT NULL GROUP BY 1, 3
  UNION ALL
  SELECT campaign_id, 'supporters', '', count(*) FROM campaign_supporters WHERE left_at IS NULL GROUP BY 1;
