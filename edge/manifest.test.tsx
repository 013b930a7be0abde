/**
 * The edge's manifest (lib/edge-manifest.ts) against what is really there: the NOTIFY triggers of the migrated
 * database, the tables the campaign page really reads, and the app routes the edge calls directly. Each rule
 * that used to live in DEVELOPERS.md's prose ("a table shown on the campaign page needs a NOTIFY trigger") fails
 * here when it is broken.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { renderToReadableStream } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getConnection, getDb, rowsOf } from "@/db/client";
import { campaigns } from "@/db/schema";
import {
  CAMPAIGN_PAGE_PATH,
  CAMPAIGN_PAGE_TABLES,
  campaignPagePath,
  DIRECT_ROUTES,
  NOTIFY_FUNCTION,
  notifyingTables,
  type TableRule,
} from "@/lib/edge-manifest";
import { findLetterSetup } from "@/lib/letters/setup";
import { seedLetterFixture } from "@/lib/letters/testing";

// A signed-out visitor's request, as the page cache fills it: no cookies, no headers.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, has: () => false, getAll: () => [] }),
  headers: async () => new Headers(),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));

/** Every table named after FROM or JOIN in the statements `run` sends to the database. */
async function tablesRead(run: () => Promise<unknown>): Promise<Set<string>> {
  const connection = getConnection();
  const statements: string[] = [];
  if (connection.kind === "pglite") {
    const query = connection.pglite.query.bind(connection.pglite);
    vi.spyOn(connection.pglite, "query").mockImplementation(((text: string, ...rest: unknown[]) => {
      statements.push(text);
      return (query as (...args: unknown[]) => unknown)(text, ...rest);
    }) as typeof connection.pglite.query);
  } else {
    const unsafe = connection.client.unsafe.bind(connection.client);
    vi.spyOn(connection.client, "unsafe").mockImplementation(((text: string, ...rest: unknown[]) => {
      statements.push(text);
      return (unsafe as (...args: unknown[]) => unknown)(text, ...rest);
    }) as typeof connection.client.unsafe);
  }
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  expect(
    statements.length,
    "no statement was seen: the spy no longer sees the driver's queries",
  ).toBeGreaterThan(0);
  const tables = new Set<string>();
  for (const text of statements) {
    for (const match of text.matchAll(/\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)"?/gi)) {
      tables.add((match[1] as string).toLowerCase());
    }
  }
  const known = rowsOf<{ name: string }>(
    await getDb().execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
    ),
  ).map((row) => row.name);
  return new Set([...tables].filter((table) => known.includes(table)));
}

async function renderCampaignPage(slug: string, search: Record<string, string> = {}): Promise<string> {
  const page = await import("@/app/(public)/campaigns/[slug]/page");
  const props = { params: Promise.resolve({ slug }), searchParams: Promise.resolve(search) };
  await page.generateMetadata(props);
  const element = await page.default(props);
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const rules = CAMPAIGN_PAGE_TABLES as Record<string, TableRule>;

function uncovered(tables: Set<string>): string[] {
  return [...tables].filter((table) => !(table in rules)).sort();
}

describe("the campaign page's tables (lib/edge-manifest.ts)", () => {
  beforeAll(async () => {
    await seedLetterFixture();
  }, 120_000);
  afterEach(async () => {
    await getDb().update(campaigns).set({ status: "published" }).where(eq(campaigns.slug, "demo"));
  });

  it("each has a NOTIFY trigger in the migrated database, and every trigger is in the manifest", async () => {
    const triggers = rowsOf<{ table: string; definition: string }>(
      await getDb().execute(sql`
        select c.relname as "table", pg_get_triggerdef(t.oid) as definition
        from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_proc p on p.oid = t.tgfoid
        where p.proname = ${NOTIFY_FUNCTION} and not t.tgisinternal
      `),
    );
    const inDatabase = new Map<string, string>();
    for (const { table, definition } of triggers) {
      const argument = new RegExp(`${NOTIFY_FUNCTION}\\('([^']*)'\\)`).exec(definition)?.[1];
      expect(argument, definition).toBeDefined();
      expect(inDatabase.get(table) ?? argument, `${table}: triggers disagree`).toBe(argument);
      inDatabase.set(table, argument as string);
    }
    const declared = notifyingTables();
    for (const [table, argument] of declared) {
      expect(
        inDatabase.get(table),
        `${table} is declared { notify: "${argument}" } but has no ${NOTIFY_FUNCTION}('${argument}') trigger: add one in a migration (see the header of db/migrations/0010_page_cache_notify.sql)`,
      ).toBe(argument);
    }
    for (const table of inDatabase.keys()) {
      expect(
        declared.has(table),
        `${table} has a page-cache trigger but is not in CAMPAIGN_PAGE_TABLES`,
      ).toBe(true);
    }
    // Summaries are followed through tables that do notify.
    for (const [table, rule] of Object.entries(rules)) {
      if (!("via" in rule)) continue;
      for (const source of rule.via) expect(declared.has(source), `${table} via ${source}`).toBe(true);
    }
  });

  it("covers every table the page reads, open or closed, with or without a ZIP", async () => {
    const read = await tablesRead(async () => {
      const html = await renderCampaignPage("demo");
      expect(html).toContain("Keep families housed");
      await renderCampaignPage("demo", { zip: "60623" });
      await getDb().update(campaigns).set({ status: "closed" }).where(eq(campaigns.slug, "demo"));
      await renderCampaignPage("demo");
    });
    // Sanity: the spy sees the page's own reads.
    expect(read).toContain("campaigns");
    expect(read).toContain("letter_templates");
    expect(
      uncovered(read),
      "the campaign page reads these tables, which CAMPAIGN_PAGE_TABLES (lib/edge-manifest.ts) does not name: give each a NOTIFY trigger (a migration) and a { notify } entry, or say why it needs none",
    ).toEqual([]);
  });

  it("covers what a letter's setup reads (kept per process while the launcher hears the triggers)", async () => {
    const read = await tablesRead(() => findLetterSetup("demo"));
    expect(read).toContain("letter_templates");
    const unfollowed = [...read].filter((table) => {
      const rule = rules[table];
      return !rule || "unnotified" in rule;
    });
    expect(
      unfollowed,
      "lib/letters/setup.ts keeps setups until a notification: these tables send none",
    ).toEqual([]);
  });
});

describe("the cached campaign page's address", () => {
  it("is the one app/ revalidates, and the page's own folder", () => {
    expect(CAMPAIGN_PAGE_PATH.exec(campaignPagePath("demo"))?.[1]).toBe("demo");
    expect(existsSync(path.join(process.cwd(), "app/(public)/campaigns/[slug]/page.tsx"))).toBe(true);
  });
});

describe("the routes the edge calls directly", () => {
  it.each(DIRECT_ROUTES)("$route is an app route exporting $method", (route) => {
    const file = path.join(process.cwd(), "app", route.route, "route.ts");
    expect(existsSync(file), `${file} (DIRECT_ROUTES in lib/edge-manifest.ts)`).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(new RegExp(`export async function ${route.method}\\b`));
    const sample = `/${route.route.replace(/\[[^\]]+\]/, "demo")}`;
    expect(route.path.exec(sample)?.[1]).toBe("demo");
  });
});

/**
 * A Suspense boundary still pending when the page is sent needs React's scripts to move its content into place,
 * which the lite page does not have (edge/lite-page.ts then serves Next's page, with all of React). Streaming
 * boundaries come from `loading.tsx` files and `<Suspense>` on the way to the page.
 */
describe("the campaign page never streams", () => {
  const segments = ["app", "app/(public)", "app/(public)/campaigns", "app/(public)/campaigns/[slug]"];

  it("has no loading.tsx on its way and no <Suspense> in its own files", () => {
    for (const segment of segments) {
      for (const name of ["loading.tsx", "loading.ts", "loading.jsx", "loading.js"]) {
        expect(
          existsSync(path.join(process.cwd(), segment, name)),
          `${segment}/${name} would stream the campaign page: the lite page needs it whole`,
        ).toBe(false);
      }
    }
    const folder = path.join(process.cwd(), "app/(public)/campaigns/[slug]");
    for (const name of readdirSync(folder)) {
      if (!/\.tsx$/.test(name) || name.endsWith(".test.tsx")) continue;
      expect(
        readFileSync(path.join(folder, name), "utf8"),
        `${name}: a Suspense boundary on the campaign page would leave it pending for React's scripts`,
      ).not.toMatch(/\bSuspense\b/);
    }
    for (const layout of segments.map((segment) => path.join(process.cwd(), segment, "layout.tsx"))) {
      if (existsSync(layout)) expect(readFileSync(layout, "utf8"), layout).not.toMatch(/\bSuspense\b/);
    }
  });
});
