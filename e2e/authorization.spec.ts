/**
 * The authorization matrix over HTTP (issue 7 item 8): every organizer and account page, the group edit and
 * dashboard pages and every route handler, × anonymous, a supporter, another organization's organizer (who owns
 * another organization and group), a viewer, an organizer and an owner. The right ones get 200; the rest a
 * redirect to sign-in (anonymous, pages), 401 (anonymous, files), 404 or 403 — never a 200 with data, never a
 * 5xx. Public API routes answer every role alike.
 *
 * The pages and routes come from the app folder: a new page or route outside this table fails the first test.
 * People sign in through database sessions written by e2e/seed-authorization.ts before the server starts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { AUTHORIZATION_FIXTURES, type AuthorizationFixtures } from "./authorization-fixtures";

const ROLES = ["anonymous", "supporter", "otherOrganizer", "viewer", "organizer", "owner"] as const;
type Role = (typeof ROLES)[number];
const SIGNED_IN: Role[] = ["supporter", "otherOrganizer", "viewer", "organizer", "owner"];
const READERS: Role[] = ["viewer", "organizer", "owner"];
const WRITERS: Role[] = ["organizer", "owner"];

type Fixtures = AuthorizationFixtures;

type Entry = {
  method?: "GET" | "POST";
  url: (f: Fixtures) => string;
  /** Roles that get 200; "public": every role gets the same answer (and never a 5xx). */
  allowed: readonly Role[] | "public";
  /** Anonymous: pages send people to sign in; files answer 401. */
  anonymous?: "sign-in" | 401;
  /** A refused signed-in role's status, where it is not 404. */
  refused?: Partial<Record<Role, number>>;
  /** Text an allowed answer must hold (it is the real page, not an error page). */
  shows?: (f: Fixtures) => string;
  /** Text no refused answer may hold, nor an allowed one for the roles in `hidesFrom` (default: all but the supporter). */
  hides?: (f: Fixtures) => string;
  hidesFrom?: readonly Role[];
  body?: string;
  contentType?: string;
};

/** Every page and route in scope, by its path in the app folder (route groups left out). */
const MATRIX: Record<string, Entry[]> = {
  // ── a person's own account ──
  "/account": [{ url: () => "/account", allowed: SIGNED_IN, shows: () => "Your account" }],
  "/account/journey": [{ url: () => "/account/journey", allowed: SIGNED_IN }],
  "/account/pledges": [
    {
      url: () => "/account/pledges",
      allowed: SIGNED_IN,
      // Only the supporter pledged to the clinic; nobody else's list mentions it.
      hides: () => "Authz clinic",
      hidesFrom: ["otherOrganizer", "viewer", "organizer", "owner"],
    },
  ],
  // Each person's own shifts as a calendar file; a pledge id not theirs is the same 404 as none.
  "/account/pledges/calendar.ics": [
    {
      url: () => "/account/pledges/calendar.ics",
      allowed: SIGNED_IN,
      anonymous: 401,
      contentType: "text/calendar",
      hides: () => "Authz clinic",
      hidesFrom: ["otherOrganizer", "viewer", "organizer", "owner"],
    },
    { url: () => "/account/pledges/calendar.ics?pledge=not-a-pledge", allowed: [], anonymous: 401 },
  ],
  "/account/privacy": [{ url: () => "/account/privacy", allowed: SIGNED_IN }],
  // Each person sees only their own sessions (lib/accounts/sessions.ts; the data matrix checks whose).
  "/account/sessions": [{ url: () => "/account/sessions", allowed: SIGNED_IN }],
  "/account/privacy/export": [
    {
      url: () => "/account/privacy/export",
      allowed: SIGNED_IN,
      anonymous: 401,
      contentType: "application/json",
      hides: (f) => f.supporterEmail,
      hidesFrom: ["otherOrganizer", "viewer", "organizer", "owner"],
    },
  ],
  "/letters/[id]": [
    {
      url: (f) => `/letters/${f.letterId}`,
      allowed: ["supporter"],
      shows: () => "Ada Alderperson",
      refused: { otherOrganizer: 404, viewer: 404, organizer: 404, owner: 404 },
    },
  ],
  "/letters/[id]/replies": [{ url: (f) => `/letters/${f.letterId}/replies`, allowed: ["supporter"] }],

  // ── the instance operators' page: only addresses in OPERATOR_EMAILS (none of these roles) ──
  "/operator": [{ url: () => "/operator", allowed: [] }],
  // ── the organizer console ──
  "/organize": [
    {
      url: () => "/organize",
      allowed: SIGNED_IN,
      hides: (f) => `Authz ${f.org}`,
      hidesFrom: ["supporter", "otherOrganizer"],
    },
  ],
  "/organize/[org]": [
    { url: (f) => `/organize/${f.org}`, allowed: READERS, shows: (f) => `Authz ${f.org}` },
    // Another organization's owner, with a slug of their own: they see theirs, and only theirs.
    {
      url: (f) => `/organize/${f.otherOrg}`,
      allowed: ["otherOrganizer"],
      hides: (f) => `Authz ${f.org}`,
      hidesFrom: ["otherOrganizer"],
    },
  ],
  "/organize/[org]/campaigns/[id]": [
    {
      url: (f) => `/organize/${f.org}/campaigns/${f.campaignId}`,
      allowed: READERS,
      shows: () => "Authz authz-campaign",
    },
    // This organization's campaign through another organization's address, and the reverse.
    { url: (f) => `/organize/${f.otherOrg}/campaigns/${f.campaignId}`, allowed: [] },
    { url: (f) => `/organize/${f.org}/campaigns/${f.otherCampaignId}`, allowed: [] },
  ],
  "/organize/[org]/campaigns/[id]/dashboard": [
    { url: (f) => `/organize/${f.org}/campaigns/${f.campaignId}/dashboard`, allowed: READERS },
    { url: (f) => `/organize/${f.otherOrg}/campaigns/${f.campaignId}/dashboard`, allowed: [] },
  ],
  "/organize/[org]/campaigns/[id]/updates": [
    { url: (f) => `/organize/${f.org}/campaigns/${f.campaignId}/updates`, allowed: READERS },
    { url: (f) => `/organize/${f.otherOrg}/campaigns/${f.campaignId}/updates`, allowed: [] },
  ],
  "/organize/[org]/campaigns/[id]/export/[kind]": [
    {
      url: (f) => `/organize/${f.org}/campaigns/${f.campaignId}/export/letters`,
      allowed: WRITERS,
      anonymous: 401,
      refused: { viewer: 403 },
      contentType: "text/csv",
    },
    {
      url: (f) => `/organize/${f.org}/campaigns/${f.campaignId}/export/deliveries`,
      allowed: READERS,
      anonymous: 401,
      contentType: "text/csv",
    },
    {
      url: (f) => `/organize/${f.otherOrg}/campaigns/${f.campaignId}/export/supporters`,
      allowed: [],
      anonymous: 401,
    },
  ],
  "/organize/invites/[token]": [
    // Whoever holds the link sees what it is about (and whether it is theirs); accepting is the invitee's.
    { url: (f) => `/organize/invites/${f.inviteToken}`, allowed: SIGNED_IN },
  ],

  // ── community groups ──
  "/groups/[slug]/edit": [{ url: (f) => `/groups/${f.group}/edit`, allowed: WRITERS }],
  "/groups/[slug]/dashboard": [
    { url: (f) => `/groups/${f.group}/dashboard`, allowed: READERS, shows: () => "Authz clinic" },
  ],
  "/groups/[slug]/dashboard/options/new": [
    { url: (f) => `/groups/${f.group}/dashboard/options/new`, allowed: WRITERS },
  ],
  "/groups/[slug]/dashboard/options/[optionId]": [
    {
      url: (f) => `/groups/${f.group}/dashboard/options/${f.optionId}`,
      allowed: READERS,
      shows: () => "Authz Supporter",
    },
    // The option through another group's address.
    {
      url: (f) => `/groups/${f.otherGroup}/dashboard/options/${f.optionId}`,
      allowed: [],
      hides: () => "Authz Supporter",
    },
  ],
  "/groups/[slug]/dashboard/options/[optionId]/edit": [
    {
      url: (f) => `/groups/${f.group}/dashboard/options/${f.optionId}/edit`,
      allowed: WRITERS,
      shows: () => "Authz clinic",
    },
    { url: (f) => `/groups/${f.otherGroup}/dashboard/options/${f.optionId}/edit`, allowed: [] },
  ],
  "/groups/[slug]/dashboard/options/[optionId]/roster.csv": [
    {
      url: (f) => `/groups/${f.group}/dashboard/options/${f.optionId}/roster.csv`,
      allowed: READERS,
      anonymous: 401,
      contentType: "text/csv",
      shows: () => "Authz Supporter",
    },
    {
      url: (f) => `/groups/${f.otherGroup}/dashboard/options/${f.optionId}/roster.csv`,
      allowed: [],
      anonymous: 401,
      hides: () => "Authz Supporter",
    },
  ],

  // ── route handlers (public: the same answer for everyone) ──
  "/api/auth/[...nextauth]": [
    { url: () => "/api/auth/providers", allowed: "public" },
    { url: () => "/api/auth/csrf", allowed: "public" },
  ],
  "/api/campaigns/[slug]/letters": [
    { method: "POST", url: () => "/api/campaigns/authz-campaign/letters", body: "{}", allowed: "public" },
    { url: () => "/api/campaigns/authz-campaign/letters", allowed: "public" },
  ],
  "/api/campaigns/[slug]/calls": [
    { url: () => "/api/campaigns/authz-campaign/calls?zip=60623", allowed: "public" },
    { method: "POST", url: () => "/api/campaigns/authz-campaign/calls", body: "{}", allowed: "public" },
  ],
  "/api/health": [{ url: () => "/api/health", allowed: "public" }],
  "/api/officials": [{ url: () => "/api/officials?zip=60623", allowed: "public" }],
  "/api/officials/[...id]": [{ url: () => "/api/officials/D000096", allowed: "public" }],
  "/api/unsubscribe/[token]": [
    { url: () => "/api/unsubscribe/not-a-token", allowed: "public" },
    { method: "POST", url: () => "/api/unsubscribe/not-a-token", allowed: "public" },
  ],
  "/api/webhooks/resend": [
    { method: "POST", url: () => "/api/webhooks/resend", body: "{}", allowed: "public" },
  ],
};

/** The app folder's pages and route handlers in scope: the organizer console, accounts, group admin, the API. */
function pagesAndRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) found.push(path.relative("app", dir));
    }
  };
  walk("app");
  return found
    .filter((dir) => {
      const [top] = dir.split(path.sep);
      const url = urlOf(dir);
      return (
        top === "(organize)" ||
        top === "(account)" ||
        url.startsWith("/api/") ||
        /^\/groups\/\[slug\]\/(edit|dashboard)(\/|$)/.test(url)
      );
    })
    .map(urlOf)
    .sort();
}

function urlOf(dir: string): string {
  return `/${dir
    .split(path.sep)
    .filter((part) => !/^\(.*\)$/.test(part))
    .join("/")}`;
}

let fixtures: Fixtures;
test.beforeAll(() => {
  fixtures = JSON.parse(readFileSync(AUTHORIZATION_FIXTURES, "utf8")) as Fixtures;
});

function headers(role: Role, entry: Entry): Record<string, string> {
  const all: Record<string, string> = {};
  if (role !== "anonymous") all.cookie = `authjs.session-token=${fixtures.sessions[role]}`;
  if (entry.body) all["content-type"] = "application/json";
  return all;
}

async function call(request: APIRequestContext, role: Role, entry: Entry) {
  const url = entry.url(fixtures);
  const options = { headers: headers(role, entry), maxRedirects: 0, data: entry.body };
  const response =
    entry.method === "POST" ? await request.post(url, options) : await request.get(url, options);
  return {
    url,
    status: response.status(),
    location: response.headers().location ?? "",
    type: response.headers()["content-type"] ?? "",
    text: await response.text(),
  };
}

test("every organizer, account and group admin page and every route handler is in the matrix", () => {
  expect(pagesAndRoutes()).toEqual(Object.keys(MATRIX).sort());
});

for (const [pattern, entries] of Object.entries(MATRIX)) {
  test(`${pattern}: only the right people get it`, async ({ request }) => {
    for (const entry of entries) {
      const answers = new Map<Role, Awaited<ReturnType<typeof call>>>();
      for (const role of ROLES) {
        const answer = await call(request, role, entry);
        answers.set(role, answer);
        const where = `${role} ${entry.method ?? "GET"} ${answer.url}`;
        expect(answer.status, `${where}: never a 5xx`).toBeLessThan(500);
        if (entry.allowed === "public") continue;

        if (entry.allowed.includes(role)) {
          expect(answer.status, `${where} is allowed`).toBe(200);
          if (entry.contentType) expect(answer.type, where).toContain(entry.contentType);
          const shown = entry.shows?.(fixtures);
          if (shown) expect(answer.text.includes(shown), `${where} shows "${shown}"`).toBe(true);
          const hidden = entry.hides?.(fixtures);
          if (hidden && (entry.hidesFrom ?? SIGNED_IN.filter((r) => r !== "supporter")).includes(role)) {
            expect(answer.text.includes(hidden), `${where} must not show "${hidden}"`).toBe(false);
          }
        } else if (role === "anonymous") {
          if ((entry.anonymous ?? "sign-in") === "sign-in") {
            expect([303, 307, 308], `${where} goes to sign in`).toContain(answer.status);
            expect(answer.location, where).toMatch(/\/sign-in\?callbackUrl=/);
          } else {
            expect(answer.status, where).toBe(401);
          }
        } else {
          expect(answer.status, `${where} is refused`).toBe(entry.refused?.[role] ?? 404);
          for (const text of [entry.hides?.(fixtures), entry.shows?.(fixtures)]) {
            if (text) expect(answer.text.includes(text), `${where} must not show "${text}"`).toBe(false);
          }
        }
      }
      if (entry.allowed === "public") {
        const statuses = new Set([...answers.values()].map((a) => a.status));
        expect([...statuses], `${entry.url(fixtures)}: the same answer for every role`).toHaveLength(1);
      }
    }
  });
}

/**
 * Addresses no link makes: every dynamic part replaced by something odd. Never a 5xx, for anyone.
 * Left out: a percent sequence that is not UTF-8 (`%E0%A4%A`, `%A0`): Next.js 16 answers 500 before any code of
 * ours runs (vercel/next.js#92527, fix proposed in #92557).
 */
const ODD_PARTS = ["%00", "a%00b", "x".repeat(300), "..%2F..%2Fetc", "%20", "'%22%3Cb%3E", "%25", "0"];

test("odd values in every dynamic part of those addresses never give a 5xx", async ({ request }) => {
  // About a thousand requests, one after another: seconds alone, longer on a machine busy with other suites.
  test.setTimeout(120_000);
  for (const pattern of Object.keys(MATRIX)) {
    if (!pattern.includes("[")) continue;
    for (const odd of ODD_PARTS) {
      const url = pattern.replace(/\[(?:\.\.\.)?[^\]]+\]/g, odd);
      for (const role of ["anonymous", "owner", "supporter"] as const) {
        for (const method of ["GET", "POST"] as const) {
          const entry: Entry = { method, url: () => url, allowed: "public" };
          const answer = await call(request, role, entry);
          expect(answer.status, `${role} ${method} ${url}`).toBeLessThan(500);
        }
      }
    }
  }
});
