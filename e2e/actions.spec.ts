/**
 * Every server action is a public endpoint: this posts to each one (found in the build's
 * server-reference-manifest.json, so a new action is in from its first build) the way a crafted request can —
 * any number of leading bound arguments, odd or missing form values — signed out and as an organization's owner
 * (a session of its own: the other specs' people must stay signed in).
 * None may answer with a 5xx. (Who may change what is the data layer's matrix: lib/authorization-matrix.test.ts.)
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { AUTHORIZATION_FIXTURES, type AuthorizationFixtures } from "./authorization-fixtures";

type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

const FIELDS = [
  "campaign",
  "campaignId",
  "updateId",
  "org",
  "organizationId",
  "pledgeId",
  "deliveryId",
  "optionId",
  "messageId",
  "stepId",
  "userId",
  "role",
  "email",
  "name",
  "title",
  "subject",
  "body",
  "outcome",
  "isOpen",
  "kind",
  "confirmEmail",
  "token",
];
const ODD_VALUES = ["", "\u0000", "a\u0000b", "x".repeat(5000), "../../etc", "<b>", "-1"];

/** The page an action is served from, with this run's fixtures in its dynamic parts. */
function pageUrl(worker: string, f: AuthorizationFixtures): string {
  const path =
    worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "") || "/";
  return path
    .replace("[org]", f.org)
    .replace("[optionId]", f.optionId)
    .replace("[token]", "not-a-token")
    .replace("[slug]", path.startsWith("/groups") ? f.group : "authz-campaign")
    .replace("[id]", path.startsWith("/letters") ? f.letterId : f.campaignId);
}

let fixtures: AuthorizationFixtures;
let actions: { id: string; name: string; url: string }[] = [];

test.beforeAll(() => {
  fixtures = JSON.parse(readFileSync(AUTHORIZATION_FIXTURES, "utf8")) as AuthorizationFixtures;
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as Manifest;
  actions = Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`,
    url: pageUrl(Object.keys(entry.workers)[0] ?? "app/page", fixtures),
  }));
});

test("every server action answers crafted posts without a 5xx", async ({ request }) => {
  test.setTimeout(240_000);
  expect(actions.length).toBeGreaterThan(20);
  const failures = new Set<string>();
  for (const action of actions) {
    // Signing out as the owner would end the session every later call uses: that one is called signed out only.
    const owner = action.name.endsWith("#signOutAction")
      ? []
      : [`authjs.session-token=${fixtures.actionsSession}`];
    for (const cookie of [undefined, ...owner]) {
      for (const [shape, odd] of [
        [0, ODD_VALUES[1]],
        [1, ODD_VALUES[3]],
        [2, ODD_VALUES[0]],
        [3, ODD_VALUES[2]],
      ] as const) {
        // React's reply encoding: field "0" holds the arguments, "$K1" the form whose fields are "1_…".
        const leading = [...Array(shape)].map((_, i) => (i === shape - 1 ? { status: "idle" } : odd));
        const multipart: Record<string, string> = { "0": JSON.stringify([...leading, "$K1"]) };
        for (const field of FIELDS) multipart[`1_${field}`] = odd ?? "";
        const response = await request.post(action.url, {
          headers: {
            "Next-Action": action.id,
            Origin: "http://localhost:3100",
            Accept: "text/x-component",
            ...(cookie ? { cookie } : {}),
          },
          multipart,
          maxRedirects: 0,
        });
        if (response.status() >= 500) {
          failures.add(`${action.name} (${cookie ? "owner" : "signed out"}, ${shape} leading arguments)`);
        }
      }
    }
  }
  expect([...failures].sort(), "server actions that answered a crafted post with a 5xx").toEqual([]);
});
