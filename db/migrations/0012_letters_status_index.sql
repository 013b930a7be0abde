CREATE INDEX "letters_campaign_status_state_idx" ON "letters" USING btree ("campaign_id","status","state");--> statement-breakpoint
-- The page cache (0010_page_cache_notify): the campaign page now shows its steps and its bill too.
CREATE TRIGGER campaign_steps_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaign_steps
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
--> statement-breakpoint
CREATE TRIGGER campaign_bills_page_cache AFTER INSERT OR UPDATE OR DELETE ON campaign_bills
  FOR EACH ROW EXECUTE FUNCTION chorus_campaign_page_changed('campaign_id');
