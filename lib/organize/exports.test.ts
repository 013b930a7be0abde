/**
 * Exports on the real database: CSV escaping and formula neutralising, the contents of each file (collected
 * from the stream), keyset pages that neither repeat nor skip rows, who may take which file, OSDI field names,
 * and the audit trail.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  auditEvents,
  campaignSupporters,
  officials,
  organizationSubscriptions,
  pledgeOptions,
  pledges,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { csvCell, csvLine, PAGE_SIZE, startCampaignExport } from "./exports";
import { campaign, delivery, letter, member, organization, person } from "./testing";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Reads the whole stream, counting the chunks it came in. */
async function collect(body: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = body.getReader();
  // Keep the byte-order mark: the test checks it is there.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks += 1;
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), chunks };
}

/** A small RFC 4180 reader for the test: quoted cells with "" and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ""])));
}

let orgId = "";
let owner: SessionUser;
let organizer: SessionUser;
let viewer: SessionUser;
let stranger: SessionUser;
let campaignId = "";
const people: Record<string, string> = {};

async function consent(userId: string, unsubscribed = false) {
  await getDb()
    .insert(organizationSubscriptions)
    .values({ organizationId: orgId, userId, unsubscribedAt: unsubscribed ? new Date() : null });
}

beforeAll(async () => {
  orgId = await organization("exp-org");
  const otherOrg = await organization("exp-other");
  owner = await member(orgId, "owner");
  organizer = await member(orgId, "organizer");
  viewer = await member(orgId, "viewer");
  stranger = await member(otherOrg, "owner");
  campaignId = await campaign(orgId, "exp-campaign", {
    title: "Right to counsel",
    story: "Tenants need lawyers.",
  });
  await getDb().execute(sql`insert into campaign_targets (id, campaign_id, rule) values
    (${crypto.randomUUID()}, ${campaignId}, 'senators'), (${crypto.randomUUID()}, ${campaignId}, 'house')`);
  await getDb().insert(officials).values({
    id: "EXP0007",
    level: "federal",
    chamber: "house",
    state: "IL",
    district: 7,
    name: "Danny K. Davis",
    firstName: "Danny",
    lastName: "Davis",
    raw: {},
    sourceHash: "x",
  });

  const hacker = await letter(campaignId, {
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: "+1 312",
    city: "-Chicago",
    body: 'Dear Rep, "please", act,\nthank you.',
    createdAt: new Date(Date.now() - 3_600_000),
  });
  people.hacker = hacker.supporterId;
  await delivery(hacker.id, {
    targetKey: "official:EXP0007",
    officialId: "EXP0007",
    targetName: "Danny K. Davis",
    targetTitle: "U.S. Representative",
    channel: "contact_form",
    status: "handoff_done",
  });
  await delivery(hacker.id, {
    targetKey: "custom:council",
    targetName: "Ana Rivera",
    targetTitle: "Council Member",
    status: "failed",
    lastError: "@mailbox full",
  });
  await consent(hacker.supporterId);

  const unsubscribed = await letter(campaignId, { firstName: "Una", lastName: "Gone" });
  people.unsubscribed = unsubscribed.supporterId;
  await consent(unsubscribed.supporterId, true);

  // A letter nobody confirmed (anyone can type someone's address into the form): in no export, although its
  // writer agreed to hear from the organization.
  const unconfirmed = await letter(campaignId, {
    firstName: "Uma",
    lastName: "Unconfirmed",
    status: "awaiting_confirmation",
  });
  people.unconfirmed = unconfirmed.supporterId;
  await delivery(unconfirmed.id, {
    targetKey: "official:EXP0007",
    officialId: "EXP0007",
    targetName: "Danny K. Davis",
    targetTitle: "U.S. Representative",
    channel: "contact_form",
    status: "awaiting_confirmation",
  });
  await consent(unconfirmed.supporterId);
  const quiet = await letter(campaignId, { firstName: "Quinn", lastName: "Quiet" });
  people.quiet = quiet.supporterId;

  const pledger = await person("Pia Pledger");
  people.pledger = pledger.id;
  await consent(pledger.id);
  const [option] = await getDb()
    .insert(pledgeOptions)
    .values({ organizationId: orgId, campaignId, kind: "donation", title: "Legal fund" })
    .returning({ id: pledgeOptions.id });
  if (!option) throw new Error("no option");
  await getDb().insert(pledges).values({
    optionId: option.id,
    userId: pledger.id,
    name: "Pia Pledger",
    email: pledger.email,
    amountCents: 2500,
    frequency: "one_time",
    note: "@everyone",
  });

  const joiner = await person("Jo Joiner");
  people.joiner = joiner.id;
  await consent(joiner.id);
  await getDb().insert(campaignSupporters).values({ campaignId, userId: joiner.id, source: "join" });

  const leaver = await person("Lee Leaver");
  people.leaver = leaver.id;
  await consent(leaver.id);
  await getDb()
    .insert(campaignSupporters)
    .values({ campaignId, userId: leaver.id, source: "join", leftAt: new Date() });

  // Agreed to hear from the organization but took no part in this campaign.
  const elsewhere = await person("Eli Elsewhere");
  people.elsewhere = elsewhere.id;
  await consent(elsewhere.id);
});

describe("CSV cells", () => {
  it("quotes what needs quoting and neutralises formulas", () => {
    expect(csvCell('She said "hi", twice')).toBe('"She said ""hi"", twice"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+1 312 555 0100")).toBe("'+1 312 555 0100");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("Plain")).toBe("Plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(new Date("2026-11-25T12:00:00Z"))).toBe("2026-11-25T12:00:00.000Z");
    expect(csvLine(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });
});

describe("who may export", () => {
  it("viewers take deliveries only; other organizations and wrong slugs meet a 404; refusals leave no audit row", async () => {
    const before = await getDb().select({ id: auditEvents.id }).from(auditEvents);
    for (const kind of ["letters", "pledges", "supporters", "osdi"] as const) {
      expect((await rejection(startCampaignExport(viewer, campaignId, kind))).code).toBe("FORBIDDEN");
    }
    expect((await rejection(startCampaignExport(stranger, campaignId, "deliveries"))).code).toBe("NOT_FOUND");
    expect(
      (await rejection(startCampaignExport(owner, campaignId, "letters", { organizationSlug: "exp-other" })))
        .code,
    ).toBe("NOT_FOUND");
    expect(await getDb().select({ id: auditEvents.id }).from(auditEvents)).toHaveLength(before.length);

    const file = await startCampaignExport(viewer, campaignId, "deliveries", { organizationSlug: "exp-org" });
    const rows = records((await collect(file.body)).text);
    expect(file.filename).toBe("exp-campaign-deliveries.csv");
    expect(rows).toHaveLength(2);
    // No supporter data in this one.
    expect(JSON.stringify(rows)).not.toContain("@example.org");
    expect(rows.find((r) => r.target === "Ana Rivera")).toMatchObject({
      status: "failed",
      channel: "email",
      last_error: "'@mailbox full",
    });
  });
});

describe("file contents", () => {
  it("letters: every letter, spreadsheet-safe, with a byte-order mark", async () => {
    const file = await startCampaignExport(organizer, campaignId, "letters");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const { text } = await collect(file.body);
    expect(text.startsWith("\uFEFFletter_id,written_at,status,")).toBe(true);
    const rows = records(text);
    expect(rows).toHaveLength(3);
    const hacker = rows[0];
    expect(hacker).toMatchObject({
      first_name: `'=HYPERLINK("http://evil.example","click")`,
      last_name: "'+1 312",
      city: "'-Chicago",
      letter: 'Dear Rep, "please", act,\nthank you.',
      status: "confirmed",
    });
  });

  it("pledges and consenting supporters", async () => {
    const pledgeRows = records(
      (await collect((await startCampaignExport(owner, campaignId, "pledges")).body)).text,
    );
    expect(pledgeRows).toEqual([
      expect.objectContaining({
        way_to_help: "Legal fund",
        kind: "donation",
        amount_usd: "25.00",
        name: "Pia Pledger",
        note: "'@everyone",
      }),
    ]);

    const supporters = records(
      (await collect((await startCampaignExport(owner, campaignId, "supporters")).body)).text,
    );
    const emails = await Promise.all(
      Object.entries(people).map(async ([key, id]) => {
        const [row] = await getDb()
          .execute(sql`select email from users where id = ${id}`)
          .then((r) => (Array.isArray(r) ? r : (r as { rows: { email: string }[] }).rows));
        return [key, (row as { email: string }).email] as const;
      }),
    );
    const emailOf = Object.fromEntries(emails);
    expect(supporters.map((s) => s.email).sort()).toEqual(
      [emailOf.hacker, emailOf.pledger, emailOf.joiner].sort(),
    );
    expect(supporters.find((s) => s.email === emailOf.pledger)).toMatchObject({
      first_name: "Pia",
      last_name: "Pledger",
      wrote_a_letter: "no",
      pledged: "yes",
      joined: "no",
    });
    expect(supporters.find((s) => s.email === emailOf.hacker)).toMatchObject({
      wrote_a_letter: "yes",
      zip: "60623",
    });
  });

  it("OSDI: the advocacy campaign, an outreach per letter, people who consented", async () => {
    const file = await startCampaignExport(owner, campaignId, "osdi");
    expect(file.filename).toBe("exp-campaign-osdi.json");
    const doc = JSON.parse((await collect(file.body)).text) as {
      "osdi:advocacy_campaigns": Record<string, unknown>[];
      "osdi:outreaches": {
        targets: Record<string, string>[];
        _links: Record<string, { href: string }>;
        message: string;
      }[];
      "osdi:people": {
        identifiers: string[];
        email_addresses: { address: string; status: string }[];
        given_name: string;
      }[];
    };
    expect(doc["osdi:advocacy_campaigns"]).toEqual([
      expect.objectContaining({
        identifiers: [`chorus:advocacy_campaign:${campaignId}`],
        origin_system: "Chorus",
        title: "Right to counsel",
        description: "Tenants need lawyers.",
        browser_url: "http://localhost:3000/campaigns/exp-campaign",
        total_outreaches: 3,
        type: "email",
      }),
    ]);
    expect(String(doc["osdi:advocacy_campaigns"][0]?.targets)).toMatch(/U\.S\. Senators/);
    const outreaches = doc["osdi:outreaches"];
    expect(outreaches).toHaveLength(3);
    expect(outreaches[0]?.targets).toEqual([
      { title: "Council Member", given_name: "Ana", family_name: "Rivera" },
      {
        title: "U.S. Representative",
        given_name: "Danny",
        family_name: "Davis",
        organization: "U.S. House of Representatives",
        ocdid: "ocd-division/country:us/state:il/cd:7",
      },
    ]);
    expect(outreaches[0]?._links["osdi:person"]?.href).toBe(`chorus:person:${people.hacker}`);
    // Letters of people who did not consent are still outreaches, but name no person.
    expect(outreaches.filter((o) => o._links["osdi:person"])).toHaveLength(1);
    const persons = doc["osdi:people"];
    expect(persons.map((p) => p.identifiers[0]).sort()).toEqual(
      [people.hacker, people.pledger, people.joiner].map((id) => `chorus:person:${id}`).sort(),
    );
    expect(persons.every((p) => p.email_addresses[0]?.status === "subscribed")).toBe(true);
  });

  it("each export is in the audit trail with its actor, organization and campaign", async () => {
    const rows = await getDb()
      .select({
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        organizationId: auditEvents.organizationId,
        subject: auditEvents.subject,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .where(eq(auditEvents.subject, campaignId));
    expect(rows).toContainEqual({
      action: "export.csv",
      actorId: organizer.id,
      organizationId: orgId,
      subject: campaignId,
      details: { kind: "letters", campaign: "exp-campaign" },
    });
    expect(rows).toContainEqual(
      expect.objectContaining({ action: "export.osdi", actorId: owner.id, organizationId: orgId }),
    );
    expect(
      rows
        .filter((r) => r.action === "export.csv")
        .map((r) => r.details.kind)
        .sort(),
    ).toEqual(["deliveries", "letters", "pledges", "supporters"]);
  });
});

// After the audit-trail test above, which counts the exports made so far.
describe("letters nobody confirmed", () => {
  it("no file names a letter nobody confirmed, nor its writer or deliveries", async () => {
    for (const kind of ["letters", "deliveries", "supporters", "osdi"] as const) {
      const { text } = await collect((await startCampaignExport(owner, campaignId, kind)).body);
      expect(text, kind).not.toContain("Unconfirmed");
      expect(text, kind).not.toContain(people.unconfirmed);
    }
    const deliveries = records(
      (await collect((await startCampaignExport(owner, campaignId, "deliveries")).body)).text,
    );
    expect(deliveries.some((d) => d.status === "awaiting_confirmation")).toBe(false);
  });
});

describe("streaming by pages", () => {
  it("2,500 letters written within the same millisecond come in pages, none repeated or missed", async () => {
    const big = await campaign(orgId, "exp-big");
    // Microseconds apart: a cursor rounded to JavaScript's milliseconds would repeat or skip rows here.
    await getDb().execute(sql`
      insert into letters (id, campaign_id, status, subject, body, personalization_score, first_name, last_name,
        email, state, zip, created_at)
      select 'big-' || lpad(g::text, 5, '0'), ${big}, 'confirmed', 'S', 'B', 0.5, 'F' || g, 'L', 'e' || g || '@x.org',
        'IL', '60623', timestamptz '2026-11-20 12:00:00.123' + (g % 700) * interval '1 microsecond'
      from generate_series(1, 2500) g`);
    const { text, chunks } = await collect((await startCampaignExport(owner, big, "letters")).body);
    const ids = records(text).map((r) => r.letter_id);
    expect(ids).toHaveLength(2500);
    expect(new Set(ids).size).toBe(2500);
    // The byte-order mark, the header, then one chunk per page of PAGE_SIZE rows.
    expect(chunks).toBe(2 + Math.ceil(2500 / PAGE_SIZE));
  });
});
