import "server-only";
/**
 * A campaign's data, exported: CSV files of its letters, deliveries, pledges and the supporters who agreed to
 * hear from the organization, and one OSDI 1.x JSON document (advocacy campaign, outreaches, people) that
 * Action Network or EveryAction can take in.
 *
 * Only confirmed letters: a letter nobody confirmed may have been written by anyone with someone else's address
 * (it is purged after a week, lib/letters/retention.ts).
 *
 * Streamed: rows are read in pages of 1,000 by keyset (never OFFSET, never all in memory) and written as they
 * come. Anyone in the organization may download the deliveries (no supporter data); everything holding personal
 * data needs an owner or organizer. Every export is recorded in audit_events before the first byte.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { auditEvents, campaigns, campaignTargets, deliveries, letters, officials } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { callOutcomesCsv } from "@/lib/calls/exports";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { officialTitle, stateChamberName } from "@/lib/officials/present";
import { type CampaignAccess, READ, requireCampaignRole, WRITE } from "./access";

export const EXPORT_KINDS = ["letters", "deliveries", "pledges", "supporters", "osdi", "calls"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function isExportKind(value: string): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value);
}

/** The exports that name no supporter: viewers may take these. */
const WITHOUT_PERSONAL_DATA: readonly ExportKind[] = ["deliveries", "calls"];

export const PAGE_SIZE = 1000;

// ---------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------

/**
 * One CSV cell (RFC 4180). A cell starting with = + - @ (or a tab or carriage return) is run as a formula by
 * Excel, Sheets and LibreOffice (OWASP "CSV injection"): a supporter who signs as `=HYPERLINK(…)` must not act on
 * the organizer's machine, so such cells get a leading single quote, which spreadsheets show as text.
 */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | boolean | Date | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** Pages of rows by keyset: `fetch(after)` returns up to PAGE_SIZE rows following the cursor. */
async function* pages<Row, Cursor>(
  fetch: (after: Cursor | null) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
): AsyncGenerator<Row[]> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < PAGE_SIZE || !last) return;
    after = cursorOf(last);
  }
}

function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("[export] failed while streaming:", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

// Timestamps travel as PostgreSQL text in cursors: a JavaScript Date keeps milliseconds, the column keeps
// microseconds, and a rounded cursor would repeat or skip rows.
type LetterCursor = { at: string; id: string };

type LetterRow = {
  id: string;
  supporter_id: string | null;
  status: string;
  created_at: string;
  confirmed_at: string | null;
  first_name: string;
  last_name: string;
  email: string;
  city: string;
  state: string;
  zip: string;
  subject: string;
  body: string;
  cursor_at: string;
};

function letterPage(campaignId: string, after: LetterCursor | null): Promise<LetterRow[]> {
  return getDb()
    .execute(sql`
      select id, supporter_id, status, created_at, confirmed_at, first_name, last_name, email, city, state, zip,
        subject, body, created_at::text as cursor_at
      from ${letters}
      where campaign_id = ${campaignId} and status = 'confirmed'
        ${after ? sql`and (created_at, id) > (${after.at}::timestamptz, ${after.id})` : sql``}
      order by created_at, id
      limit ${PAGE_SIZE}`)
    .then((result) => rowsOf<LetterRow>(result));
}

const iso = (value: string | Date | null): string => (value ? new Date(value).toISOString() : "");

async function* lettersCsv(campaignId: string): AsyncGenerator<string> {
  yield csvLine([
    "letter_id",
    "written_at",
    "status",
    "confirmed_at",
    "first_name",
    "last_name",
    "email",
    "city",
    "state",
    "zip",
    "subject",
    "letter",
  ]);
  for await (const rows of pages<LetterRow, LetterCursor>(
    (after) => letterPage(campaignId, after),
    (row) => ({ at: row.cursor_at, id: row.id }),
  )) {
    yield rows
      .map((r) =>
        csvLine([
          r.id,
          iso(r.created_at),
          r.status,
          iso(r.confirmed_at),
          r.first_name,
          r.last_name,
          r.email,
          r.city,
          r.state,
          r.zip,
          r.subject,
          r.body,
        ]),
      )
      .join("");
  }
}

type DeliveryRow = {
  letter_id: string;
  target_key: string;
  target_name: string;
  target_title: string;
  official_id: string | null;
  channel: string;
  status: string;
  attempts: number;
  sent_at: string | null;
  last_error: string | null;
  cursor_at: string;
};
type DeliveryCursor = { at: string; letterId: string; targetKey: string };

/** In letter order, then target: the (campaign_id, created_at) index, then (letter_id, target_key). */
function deliveryPage(campaignId: string, after: DeliveryCursor | null): Promise<DeliveryRow[]> {
  return getDb()
    .execute(sql`
      select d.letter_id, d.target_key, d.target_name, d.target_title, d.official_id, d.channel, d.status,
        d.attempts, d.sent_at, d.last_error, l.created_at::text as cursor_at
      from ${letters} l join ${deliveries} d on d.letter_id = l.id
      where l.campaign_id = ${campaignId} and l.status = 'confirmed'
        ${
          after
            ? sql`and (l.created_at, l.id, d.target_key) > (${after.at}::timestamptz, ${after.letterId}, ${after.targetKey})`
            : sql``
        }
      order by l.created_at, l.id, d.target_key
      limit ${PAGE_SIZE}`)
    .then((result) => rowsOf<DeliveryRow>(result));
}

async function* deliveriesCsv(campaignId: string): AsyncGenerator<string> {
  yield csvLine([
    "letter_id",
    "target",
    "target_title",
    "official_id",
    "channel",
    "status",
    "attempts",
    "sent_at",
    "last_error",
  ]);
  for await (const rows of pages<DeliveryRow, DeliveryCursor>(
    (after) => deliveryPage(campaignId, after),
    (row) => ({ at: row.cursor_at, letterId: row.letter_id, targetKey: row.target_key }),
  )) {
    yield rows
      .map((r) =>
        csvLine([
          r.letter_id,
          r.target_name,
          r.target_title,
          r.official_id,
          r.channel,
          r.status,
          Number(r.attempts),
          iso(r.sent_at),
          r.last_error,
        ]),
      )
      .join("");
  }
}

type PledgeRow = {
  id: string;
  option_title: string;
  kind: string;
  status: string;
  quantity: number;
  amount_cents: number | null;
  frequency: string | null;
  hours: number | null;
  name: string;
  email: string;
  phone: string | null;
  note: string | null;
  created_at: string;
  done_at: string | null;
  cursor_at: string;
};

function pledgePage(campaignId: string, after: LetterCursor | null): Promise<PledgeRow[]> {
  return getDb()
    .execute(sql`
      select p.id, o.title as option_title, o.kind, p.status, p.quantity, p.amount_cents, p.frequency, p.hours,
        p.name, p.email, p.phone, p.note, p.created_at, p.done_at, p.created_at::text as cursor_at
      from pledges p join pledge_options o on o.id = p.option_id
      where o.campaign_id = ${campaignId}
        ${after ? sql`and (p.created_at, p.id) > (${after.at}::timestamptz, ${after.id})` : sql``}
      order by p.created_at, p.id
      limit ${PAGE_SIZE}`)
    .then((result) => rowsOf<PledgeRow>(result));
}

async function* pledgesCsv(campaignId: string): AsyncGenerator<string> {
  yield csvLine([
    "pledge_id",
    "pledged_at",
    "way_to_help",
    "kind",
    "status",
    "quantity",
    "amount_usd",
    "frequency",
    "hours",
    "name",
    "email",
    "phone",
    "note",
    "done_at",
  ]);
  for await (const rows of pages<PledgeRow, LetterCursor>(
    (after) => pledgePage(campaignId, after),
    (row) => ({ at: row.cursor_at, id: row.id }),
  )) {
    yield rows
      .map((r) =>
        csvLine([
          r.id,
          iso(r.created_at),
          r.option_title,
          r.kind,
          r.status,
          Number(r.quantity),
          r.amount_cents === null ? null : (Number(r.amount_cents) / 100).toFixed(2),
          r.frequency,
          r.hours === null ? null : Number(r.hours),
          r.name,
          r.email,
          r.phone,
          r.note,
          iso(r.done_at),
        ]),
      )
      .join("");
  }
}

type SupporterRow = {
  user_id: string;
  email: string;
  name: string | null;
  user_created_at: string;
  consented_at: string;
  first_name: string | null;
  last_name: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  wrote: boolean;
  pledged: boolean;
  joined: boolean;
};

/**
 * People who agreed to hear from the organization (a subscription not unsubscribed) and took part in this
 * campaign: wrote a letter, hold a pledge on one of its ways to help, or joined it and did not leave. By user
 * id (the subscription's primary key starts with the organization).
 */
function supporterPage(organizationId: string, campaignId: string, after: string | null) {
  return getDb()
    .execute(sql`
      select u.id as user_id, u.email, u.name, u.created_at as user_created_at, s.consented_at,
        lw.first_name, lw.last_name, lw.city, lw.state, lw.zip,
        (lw.id is not null) as wrote, pl.pledged, cs.joined
      from organization_subscriptions s
      join users u on u.id = s.user_id
      left join lateral (
        select l.id, l.first_name, l.last_name, l.city, l.state, l.zip from ${letters} l
        where l.campaign_id = ${campaignId} and l.supporter_id = u.id and l.status = 'confirmed' limit 1
      ) lw on true
      cross join lateral (
        select exists (select 1 from pledges p join pledge_options o on o.id = p.option_id
          where o.campaign_id = ${campaignId} and p.user_id = u.id and p.status <> 'cancelled') as pledged
      ) pl
      cross join lateral (
        select exists (select 1 from campaign_supporters c
          where c.campaign_id = ${campaignId} and c.user_id = u.id and c.left_at is null) as joined
      ) cs
      where s.organization_id = ${organizationId} and s.unsubscribed_at is null
        and (lw.id is not null or pl.pledged or cs.joined)
        ${after ? sql`and u.id > ${after}` : sql``}
      order by u.id
      limit ${PAGE_SIZE}`)
    .then((result) => rowsOf<SupporterRow>(result));
}

/** The letter's name when there is one, else the account's display name split at its last space. */
function namesOf(row: SupporterRow): { given: string; family: string } {
  if (row.first_name !== null) return { given: row.first_name, family: row.last_name ?? "" };
  const name = (row.name ?? "").trim();
  const cut = name.lastIndexOf(" ");
  return cut > 0 ? { given: name.slice(0, cut), family: name.slice(cut + 1) } : { given: name, family: "" };
}

async function* supportersCsv(organizationId: string, campaignId: string): AsyncGenerator<string> {
  yield csvLine([
    "email",
    "first_name",
    "last_name",
    "city",
    "state",
    "zip",
    "consented_at",
    "wrote_a_letter",
    "pledged",
    "joined",
  ]);
  for await (const rows of pages<SupporterRow, string>(
    (after) => supporterPage(organizationId, campaignId, after),
    (row) => row.user_id,
  )) {
    yield rows
      .map((r) => {
        const { given, family } = namesOf(r);
        return csvLine([
          r.email,
          given,
          family,
          r.city,
          r.state,
          r.zip,
          iso(r.consented_at),
          r.wrote ? "yes" : "no",
          r.pledged ? "yes" : "no",
          r.joined ? "yes" : "no",
        ]);
      })
      .join("");
  }
}

// ---------------------------------------------------------------------------------------------------------
// OSDI 1.x JSON (https://opensupporter.github.io/osdi-docs/): advocacy campaign, outreaches, people
// ---------------------------------------------------------------------------------------------------------

const ORIGIN_SYSTEM = "Chorus";
const personId = (userId: string) => `chorus:person:${userId}`;

const RULE_WORDS: Record<string, string> = {
  senators: "U.S. Senators",
  house: "U.S. Representatives",
  state_upper: "State senators",
  state_lower: "State representatives",
  official: "Named officials",
  custom: "Other decision makers",
};

/** The OCD division of an official's seat (ocd-division/country:us/state:il/cd:7), when there is one. */
function ocdid(o: {
  level: string | null;
  chamber: string | null;
  state: string | null;
  district: number | null;
  district_label: string | null;
}) {
  if (!o.state || !o.level) return undefined;
  const state = `ocd-division/country:us/state:${o.state.toLowerCase()}`;
  if (o.level === "federal") {
    return o.chamber === "house" && o.district ? `${state}/cd:${o.district}` : state;
  }
  if (o.level === "state" && o.district_label) {
    const kind = o.chamber === "lower" ? "sldl" : "sldu";
    return `${state}/${kind}:${o.district_label.toLowerCase().replace(/\s+/g, "_")}`;
  }
  return state;
}

function organizationOf(o: { level: string | null; chamber: string | null; state: string | null }) {
  if (o.level === "federal") return o.chamber === "senate" ? "U.S. Senate" : "U.S. House of Representatives";
  if (
    o.level === "state" &&
    o.state &&
    (o.chamber === "upper" || o.chamber === "lower" || o.chamber === "legislature")
  ) {
    return stateChamberName(o.state, o.chamber);
  }
  return undefined;
}

type TargetRow = {
  letter_id: string;
  target_name: string;
  target_title: string;
  channel: string;
  first_name: string | null;
  last_name: string | null;
  level: string | null;
  chamber: string | null;
  state: string | null;
  district: number | null;
  district_label: string | null;
};

async function targetsOf(letterIds: string[]): Promise<Map<string, TargetRow[]>> {
  const rows = await getDb()
    .select({
      letter_id: deliveries.letterId,
      target_name: deliveries.targetName,
      target_title: deliveries.targetTitle,
      channel: deliveries.channel,
      first_name: officials.firstName,
      last_name: officials.lastName,
      level: officials.level,
      chamber: officials.chamber,
      state: officials.state,
      district: officials.district,
      district_label: officials.districtLabel,
    })
    .from(deliveries)
    .leftJoin(officials, eq(officials.id, deliveries.officialId))
    .where(inArray(deliveries.letterId, letterIds))
    .orderBy(deliveries.letterId, deliveries.targetKey);
  const byLetter = new Map<string, TargetRow[]>();
  for (const row of rows) byLetter.set(row.letter_id, [...(byLetter.get(row.letter_id) ?? []), row]);
  return byLetter;
}

function osdiTarget(t: TargetRow) {
  const cut = t.target_name.lastIndexOf(" ");
  const given = t.first_name ?? (cut > 0 ? t.target_name.slice(0, cut) : t.target_name);
  const family = t.last_name ?? (cut > 0 ? t.target_name.slice(cut + 1) : "");
  const title =
    t.target_title ||
    (t.level && t.state
      ? officialTitle({ level: t.level as "federal" | "state" | "local", chamber: t.chamber, state: t.state })
      : "");
  return {
    title,
    given_name: given,
    family_name: family,
    ...(organizationOf(t) ? { organization: organizationOf(t) } : {}),
    ...(ocdid(t) ? { ocdid: ocdid(t) } : {}),
  };
}

function outreachType(targets: TargetRow[]): string {
  const channels = new Set(targets.map((t) => t.channel));
  if (channels.size === 1 && channels.has("contact_form")) return "web form";
  return "email";
}

async function consentingIds(organizationId: string, supporterIds: string[]): Promise<Set<string>> {
  if (supporterIds.length === 0) return new Set();
  const rows = rowsOf<{ user_id: string }>(
    await getDb().execute(sql`
      select user_id from organization_subscriptions
      where organization_id = ${organizationId} and unsubscribed_at is null
        and user_id in (${sql.join(
          supporterIds.map((id) => sql`${id}`),
          sql`, `,
        )})`),
  );
  return new Set(rows.map((row) => row.user_id));
}

async function* osdiJson(organizationId: string, campaignId: string): AsyncGenerator<string> {
  const db = getDb();
  const [campaign] = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      story: campaigns.story,
      imageUrl: campaigns.imageUrl,
      createdAt: campaigns.createdAt,
      updatedAt: campaigns.updatedAt,
    })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!campaign) throw new AppError("NOT_FOUND", errorText.campaigns.couldntFindCampaign);
  const rules = await db
    .selectDistinct({ rule: campaignTargets.rule })
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, campaignId));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(letters)
    .where(and(eq(letters.campaignId, campaignId), eq(letters.status, "confirmed")));
  const browserUrl = `${env.appUrl}/campaigns/${campaign.slug}`;

  const advocacyCampaign = {
    identifiers: [`chorus:advocacy_campaign:${campaign.id}`],
    origin_system: ORIGIN_SYSTEM,
    created_date: campaign.createdAt.toISOString(),
    modified_date: campaign.updatedAt.toISOString(),
    name: campaign.slug,
    title: campaign.title,
    summary: campaign.summary,
    description: campaign.story,
    targets: rules.map((r) => RULE_WORDS[r.rule] ?? r.rule).join(", "),
    browser_url: browserUrl,
    ...(campaign.imageUrl ? { featured_image_url: campaign.imageUrl } : {}),
    type: "email",
    total_outreaches: Number(count?.n ?? 0),
  };
  yield `{"origin_system":${JSON.stringify(ORIGIN_SYSTEM)},"osdi:advocacy_campaigns":[${JSON.stringify(advocacyCampaign)}],"osdi:outreaches":[`;

  let first = true;
  for await (const rows of pages<LetterRow, LetterCursor>(
    (after) => letterPage(campaignId, after),
    (row) => ({ at: row.cursor_at, id: row.id }),
  )) {
    const targets = await targetsOf(rows.map((r) => r.id));
    const consenting = await consentingIds(
      organizationId,
      rows.flatMap((r) => (r.supporter_id ? [r.supporter_id] : [])),
    );
    const items = rows.map((r) => {
      const letterTargets = targets.get(r.id) ?? [];
      // Only people who agreed to hear from the organization are linked (and listed under osdi:people).
      const person = r.supporter_id && consenting.has(r.supporter_id) ? personId(r.supporter_id) : null;
      return JSON.stringify({
        identifiers: [`chorus:outreach:${r.id}`],
        origin_system: ORIGIN_SYSTEM,
        created_date: iso(r.created_at),
        modified_date: iso(r.confirmed_at ?? r.created_at),
        action_date: iso(r.created_at),
        type: outreachType(letterTargets),
        subject: r.subject,
        message: r.body,
        targets: letterTargets.map(osdiTarget),
        _links: {
          "osdi:advocacy_campaign": { href: browserUrl },
          ...(person ? { "osdi:person": { href: person } } : {}),
        },
      });
    });
    yield (first ? "" : ",") + items.join(",");
    first = false;
  }
  yield `],"osdi:people":[`;

  first = true;
  for await (const rows of pages<SupporterRow, string>(
    (after) => supporterPage(organizationId, campaignId, after),
    (row) => row.user_id,
  )) {
    const items = rows.map((r) => {
      const { given, family } = namesOf(r);
      return JSON.stringify({
        identifiers: [personId(r.user_id)],
        origin_system: ORIGIN_SYSTEM,
        created_date: iso(r.user_created_at),
        modified_date: iso(r.consented_at),
        given_name: given,
        family_name: family,
        email_addresses: [{ primary: true, address: r.email, status: "subscribed" }],
        postal_addresses:
          r.zip || r.city
            ? [
                {
                  primary: true,
                  locality: r.city ?? "",
                  region: r.state ?? "",
                  postal_code: r.zip ?? "",
                  country: "US",
                },
              ]
            : [],
      });
    });
    yield (first ? "" : ",") + items.join(",");
    first = false;
  }
  yield "]}\n";
}

// ---------------------------------------------------------------------------------------------------------
// Starting an export
// ---------------------------------------------------------------------------------------------------------

export type CampaignExport = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };

async function requireExportRole(
  actor: SessionUser,
  campaignId: string,
  kind: ExportKind,
  organizationSlug?: string,
): Promise<CampaignAccess> {
  const access = await requireCampaignRole(actor, campaignId, READ);
  // The URL names the organization too: a campaign reached through another organization's slug is not there.
  if (organizationSlug !== undefined && access.slug !== organizationSlug) {
    throw new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
  }
  if (!WITHOUT_PERSONAL_DATA.includes(kind) && !WRITE.includes(access.role)) {
    throw new AppError("FORBIDDEN", errorText.organize.exportHoldsPersonalData);
  }
  return access;
}

/**
 * Checks the caller, records the export in the audit trail, and returns the file as a stream that reads the
 * database page by page as it is consumed.
 */
export async function startCampaignExport(
  actor: SessionUser,
  campaignId: string,
  kind: ExportKind,
  options: { organizationSlug?: string } = {},
): Promise<CampaignExport> {
  const access = await requireExportRole(actor, campaignId, kind, options.organizationSlug);
  await getDb()
    .insert(auditEvents)
    .values({
      action: kind === "osdi" ? "export.osdi" : "export.csv",
      actorId: actor.id,
      organizationId: access.organizationId,
      subject: access.campaignId,
      details: { kind, campaign: access.campaignSlug },
    });
  const id = access.campaignId;
  const org = access.organizationId;
  const chunks: Record<ExportKind, () => AsyncGenerator<string>> = {
    letters: () => lettersCsv(id),
    deliveries: () => deliveriesCsv(id),
    pledges: () => pledgesCsv(id),
    supporters: () => supportersCsv(org, id),
    osdi: () => osdiJson(org, id),
    calls: () => callOutcomesCsv(id, csvLine),
  };
  if (kind === "osdi") {
    return {
      filename: `${access.campaignSlug}-osdi.json`,
      contentType: "application/hal+json; charset=utf-8",
      body: streamOf(chunks.osdi()),
    };
  }
  return {
    filename: `${access.campaignSlug}-${kind}.csv`,
    contentType: "text/csv; charset=utf-8",
    // A byte-order mark first, so spreadsheet apps read accented names as UTF-8.
    body: streamOf(withBom(chunks[kind]())),
  };
}

async function* withBom(chunks: AsyncGenerator<string>): AsyncGenerator<string> {
  yield "\uFEFF";
  yield* chunks;
}
