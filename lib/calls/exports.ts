import "server-only";
/**
 * Call outcomes for the organizer's exports (lib/organize/exports.ts, kind "calls"): one CSV row per outcome,
 * read in keyset pages. No person is named and no phone number exists to export: when, which step, which
 * official, what happened, and whether the caller was signed in.
 */
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";

const PAGE_SIZE = 1000;

type Row = {
  id: string;
  step_title: string;
  official_id: string;
  official_name: string | null;
  outcome: string;
  signed_in: boolean;
  created_at: string;
  updated_at: string;
  cursor_at: string;
};

function page(campaignId: string, after: { at: string; id: string } | null): Promise<Row[]> {
  return getDb()
    .execute(sql`
      select o.id, s.title as step_title, o.official_id, f.name as official_name, o.outcome::text as outcome,
        (o.user_id is not null) as signed_in, o.created_at, o.updated_at, o.created_at::text as cursor_at
      from call_outcomes o
        join campaign_steps s on s.id = o.step_id
        left join officials f on f.id = o.official_id
      where o.campaign_id = ${campaignId}
        ${after ? sql`and (o.created_at, o.id) > (${after.at}::timestamptz, ${after.id})` : sql``}
      order by o.created_at, o.id
      limit ${PAGE_SIZE}`)
    .then((result) => rowsOf<Row>(result));
}

const iso = (value: string | Date) => new Date(value).toISOString();

/** The CSV's lines (header first), written by the caller's own csvLine so cells are escaped one way. */
export async function* callOutcomesCsv(
  campaignId: string,
  csvLine: (cells: ReadonlyArray<string | number | boolean | null>) => string,
): AsyncGenerator<string> {
  yield csvLine([
    "call_id",
    "step",
    "official_id",
    "official_name",
    "outcome",
    "signed_in",
    "reported_at",
    "changed_at",
  ]);
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const rows = await page(campaignId, after);
    if (rows.length > 0) {
      yield rows
        .map((r) =>
          csvLine([
            r.id,
            r.step_title,
            r.official_id,
            r.official_name ?? "",
            r.outcome,
            r.signed_in === true || String(r.signed_in) === "true",
            iso(r.created_at),
            iso(r.updated_at),
          ]),
        )
        .join("");
    }
    const last = rows.at(-1);
    if (rows.length < PAGE_SIZE || !last) return;
    after = { at: last.cursor_at, id: last.id };
  }
}
