-- The shared page cache of `npm start` (lib/server/page-cache.ts) keeps anonymous campaign pages until the
-- campaign changes. These triggers say so on commit: pg_notify('chorus_pages', <slug>), or '*' for a change that
-- may touch any campaign. PostgreSQL folds identical notifications of one transaction into one.
-- A new table shown on a campaign page gets the same trigger:
--   CREATE TRIGGER x_page_cache AFTER INSERT OR UPDATE OR DELETE ON x
--     FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
CREATE OR REPLACE FUNCTION chorus_campaign_page_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := '{}';
  changed text;
BEGIN
  IF TG_ARGV[0] = '*' THEN
    PERFORM pg_notify('chorus_pages', '*');
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'campaigns' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('chorus_pages', OLD.slug); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('chorus_pages', NEW.slug); END IF;
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN ids := ids || (to_jsonb(OLD) ->> TG_ARGV[0]); END IF;
  IF TG_OP <> 'DELETE' THEN ids := ids || (to_jsonb(NEW) ->> TG_ARGV[0]); END IF;
  FOR changed IN SELECT c.slug FROM campaigns c WHERE c.id = ANY (ids) LOOP
    PERFORM pg_notify('chorus_pages', changed);
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER campaigns_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaigns
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('id');
--> statement-breakpoint
CREATE TRIGGER campaign_supporters_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaign_supporters
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
-- Letters move the page's counter only when they are (or stop being) confirmed.
CREATE TRIGGER letters_page_cache_insert AFTER INSERT ON letters
  FOR EACH ROW WHEN (NEW.status = 'confirmed') EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER letters_page_cache_update AFTER UPDATE OF status ON letters
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER letters_page_cache_delete AFTER DELETE ON letters
  FOR EACH ROW WHEN (OLD.status = 'confirmed') EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER campaign_resources_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaign_resources
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER campaign_voices_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaign_voices
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER campaign_targets_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaign_targets
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER letter_templates_page_cache AFTER INSERT OR UPDATE OR DELETE ON letter_templates
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER pledge_options_page_cache AFTER INSERT OR UPDATE OR DELETE ON pledge_options
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
-- Names and details shown on many campaigns' pages.
CREATE TRIGGER organizations_page_cache AFTER UPDATE OR DELETE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION chorus_campaign_page_changed('*');
--> statement-breakpoint
CREATE TRIGGER custom_targets_page_cache AFTER UPDATE OR DELETE ON custom_targets
  FOR EACH STATEMENT EXECUTE FUNCTION chorus_campaign_page_changed('*');
