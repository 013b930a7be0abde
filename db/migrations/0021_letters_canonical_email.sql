ALTER TABLE "letters" ADD COLUMN "canonical_email" text;--> statement-breakpoint
-- Backfill (hand-written, keep when regenerating): lib/security/mailbox.ts's canonicalMailbox in SQL. A letter
-- that repeated an earlier letter's mailbox on the same campaign keeps a null (the earliest letter holds it).
WITH parts AS (
  SELECT id,
    regexp_replace(substring(lower(trim(email)) from '^(.*)@[^@]*$'), '^([^+]+)\+.*$', '\1') AS local,
    rtrim(substring(lower(trim(email)) from '@([^@]*)$'), '.') AS domain
  FROM "letters" WHERE email <> ''
)
UPDATE "letters" l SET canonical_email = CASE
    WHEN p.domain IN ('gmail.com', 'googlemail.com') THEN replace(p.local, '.', '') || '@gmail.com'
    ELSE p.local || '@' || p.domain END
FROM parts p WHERE l.id = p.id AND p.local <> '' AND p.domain <> '';--> statement-breakpoint
UPDATE "letters" SET canonical_email = NULL WHERE id IN (
  SELECT id FROM (
    SELECT id, row_number() OVER (PARTITION BY campaign_id, canonical_email ORDER BY created_at, id) AS n
    FROM "letters" WHERE canonical_email IS NOT NULL
  ) ranked WHERE n > 1
);--> statement-breakpoint
CREATE UNIQUE INDEX "letters_campaign_mailbox_once" ON "letters" USING btree ("campaign_id","canonical_email");
