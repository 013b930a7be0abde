/**
 * The data functions behind a supporter's server actions — privacy (updateProfile has its own, after its
 * schema, in lib/letters/submit.property.test.ts), letter receipts and reply
 * answers (signed in or by the emailed link), the letter confirmation link, pledges, joining and leaving a
 * campaign, steps — and the unsubscribe route, with arbitrary input: each succeeds or throws an AppError with
 * a human message (the route: a status below 500), and a refusal leaves the tables it could write unchanged.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/unsubscribe/[token]/route";
import { getDb } from "@/db/client";
import { organizationSubscriptions, pledgeOptions } from "@/db/schema";
import { digestTables, expectSuccessOrAppError, RUNS } from "@/db/testing/properties";
import type { SessionUser } from "@/lib/auth";
import { joinCampaign, leaveCampaign, myMembership } from "@/lib/campaigns/join";
import { markStepDone } from "@/lib/campaigns/steps";
import { confirmLetter, findConfirmation, reviseUnconfirmedLetter } from "@/lib/letters/confirm";
import { findLetterReceipt, markHandoffDone } from "@/lib/letters/receipts";
import {
  findMyAnswers,
  findMyReplyCheck,
  findReplyCheck,
  saveMyReplies,
  saveReplies,
} from "@/lib/letters/replies";
import { campaign, delivery, letter, organization, person } from "@/lib/organize/testing";
import { findUnsubscribe, unsubscribeToken, unsubscribeWithToken } from "@/lib/organize/unsubscribe";
import { cancelPledge, markPledgeDone, pledge } from "@/lib/pledges/pledge";
import { deleteMyAccount, exportMyData, unsubscribeFrom } from "./privacy";

let actor: SessionUser;
let orgId = "";
let campaignIds: string[] = [];
let letterIds: string[] = [];
let deliveryIds: string[] = [];
let pledgeIds: string[] = [];
let tokens: string[] = [];

beforeAll(async () => {
  orgId = await organization("prop-supporters");
  campaignIds = [
    await campaign(orgId, "prop-join"),
    await campaign(orgId, "prop-draft", { status: "draft" }),
  ];
  // Signed in just now: exports need a fresh sign-in (sessions.test.ts tests that rule).
  actor = { ...(await person("Sam Supporter")), signedInAt: new Date() };
  const mine = await letter(campaignIds[0] ?? "", { supporterId: actor.id, email: actor.email });
  const theirs = await letter(campaignIds[0] ?? "");
  letterIds = [mine.id, theirs.id];
  deliveryIds = [
    await delivery(mine.id, { targetKey: "custom:a", status: "sent", sentAt: new Date() }),
    await delivery(mine.id, { targetKey: "custom:b", channel: "contact_form", status: "handoff_ready" }),
    await delivery(theirs.id, { targetKey: "custom:a", status: "sent", sentAt: new Date() }),
  ];
  await getDb().insert(organizationSubscriptions).values({ organizationId: orgId, userId: actor.id });
  const group = await organization("prop-supporters-group");
  const [option] = await getDb()
    .insert(pledgeOptions)
    .values({ organizationId: group, kind: "goods", title: "Diapers", item: "diapers" })
    .returning({ id: pledgeOptions.id });
  pledgeIds = [(await pledge(actor, { optionId: option?.id ?? "", name: "Sam", quantity: "2" })).pledgeId];
  tokens = [unsubscribeToken(orgId, actor.id), unsubscribeToken(orgId, (await person()).id)];
}, 120_000);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "a\nb", "x".repeat(10_001), "-1", "NaN", "%00", "../x"),
);
const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
const idFrom = (ids: () => string[]) =>
  fc.oneof(
    fc.constantFrom(0, 1, 2).map((i) => ids()[i] ?? ids()[0] ?? ""),
    text,
  );
const answers = fc.oneof(
  anything,
  fc.array(
    fc.record(
      {
        deliveryId: idFrom(() => deliveryIds),
        answer: fc.oneof(fc.constantFrom("yes", "no", "not_yet"), text),
        replyText: text,
      },
      { requiredKeys: ["deliveryId"] },
    ),
    { maxLength: 3 },
  ),
);

type Case = {
  name: string;
  tables: string[];
  // biome-ignore lint/suspicious/noExplicitAny: each case has its own argument tuple
  args: fc.Arbitrary<any[]>;
  run: (...args: never[]) => Promise<unknown>;
};

const CASES: Case[] = [
  {
    name: "exportMyData, unsubscribeFrom",
    tables: ["organization_subscriptions"],
    args: fc.tuple(fc.boolean(), fc.oneof(fc.constant(orgId), text)),
    run: async (exportIt: boolean, id: string) =>
      exportIt ? exportMyData(actor) : unsubscribeFrom(actor, id),
  },
  {
    name: "deleteMyAccount with a wrong confirmation",
    tables: ["users", "letters", "deliveries", "pledges"],
    args: fc.tuple(text.filter((t) => t.trim().toLowerCase() !== actor.email.toLowerCase())),
    run: (confirmEmail: string) => deleteMyAccount(actor, confirmEmail),
  },
  {
    name: "findLetterReceipt and markHandoffDone",
    tables: ["deliveries"],
    args: fc.tuple(
      fc.boolean(),
      idFrom(() => letterIds),
      idFrom(() => deliveryIds),
    ),
    run: (read: boolean, letterId: string, deliveryId: string) =>
      read ? findLetterReceipt(actor, letterId) : markHandoffDone(actor, deliveryId),
  },
  {
    name: "findMyReplyCheck, findMyAnswers and saveMyReplies",
    tables: ["delivery_replies"],
    args: fc.tuple(
      fc.constantFrom("check", "answers", "save"),
      idFrom(() => letterIds),
      answers,
    ),
    run: (what: string, letterId: string, input: unknown) =>
      ({
        check: () => findMyReplyCheck(actor, letterId),
        answers: () => findMyAnswers(actor, letterId),
        save: () => saveMyReplies(actor, letterId, input),
      })[what as "save"](),
  },
  {
    name: "findReplyCheck and saveReplies (the emailed link)",
    tables: ["delivery_replies"],
    args: fc.tuple(fc.boolean(), text, answers),
    run: (read: boolean, token: string, input: unknown) =>
      read ? findReplyCheck(token) : saveReplies(token, input),
  },
  {
    name: "findConfirmation, reviseUnconfirmedLetter and confirmLetter (the emailed link)",
    tables: ["letters", "letter_confirmations", "deliveries"],
    args: fc.tuple(fc.constantFrom("find", "revise", "confirm"), text, anything),
    run: (what: string, token: string, parts: unknown) =>
      what === "find"
        ? findConfirmation(token)
        : what === "revise"
          ? reviseUnconfirmedLetter(token, parts)
          : confirmLetter(token),
  },
  {
    name: "cancelPledge and markPledgeDone",
    tables: ["pledges", "pledge_options"],
    args: fc.tuple(
      fc.boolean(),
      idFrom(() => pledgeIds),
    ),
    run: (cancel: boolean, id: string) => (cancel ? cancelPledge(actor, id) : markPledgeDone(actor, id)),
  },
  {
    name: "joinCampaign, leaveCampaign and myMembership",
    tables: ["campaign_supporters", "organization_subscriptions"],
    args: fc.tuple(
      fc.constantFrom("join", "leave", "membership"),
      fc.oneof(fc.constantFrom("prop-join", "prop-draft"), text),
      fc.boolean(),
      idFrom(() => campaignIds),
    ),
    run: (what: string, slug: string, consent: boolean, id: string) =>
      ({
        join: () => joinCampaign(actor, slug, consent),
        leave: () => leaveCampaign(actor, slug),
        membership: () => myMembership(actor, id),
      })[what as "join"](),
  },
  {
    name: "markStepDone",
    tables: ["campaign_steps_done"],
    args: fc.tuple(fc.oneof(fc.constant("prop-join"), text), fc.oneof(fc.uuid(), text)),
    run: (slug: string, stepId: string) => markStepDone(actor, slug, stepId),
  },
  {
    name: "findUnsubscribe and unsubscribeWithToken",
    tables: ["organization_subscriptions"],
    args: fc.tuple(
      fc.boolean(),
      fc.oneof(
        fc.constantFrom(0, 1).map((i) => `${tokens[i]}x`),
        text,
      ),
    ),
    run: (read: boolean, token: string) => (read ? findUnsubscribe(token) : unsubscribeWithToken(token)),
  },
];

describe("a supporter's data functions (property, arbitrary input)", () => {
  for (const { name, tables, args, run } of CASES) {
    it(`${name}: success or an AppError, nothing changed when refused`, async () => {
      await fc.assert(
        fc.asyncProperty(args, async (values) => {
          const before = await digestTables(tables);
          const refused = await expectSuccessOrAppError(() =>
            (run as (...a: unknown[]) => Promise<unknown>)(...values),
          );
          if (refused) expect(await digestTables(tables)).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }, 300_000);
  }
});

describe("GET and POST /api/unsubscribe/[token] (property)", () => {
  it("answers any token, body, content type and origin below 500; only a valid token unsubscribes", async () => {
    const method = fc.constantFrom("GET", "POST");
    const token = fc.oneof(
      text,
      fc.constantFrom(0, 1).map((i) => tokens[i] ?? ""),
    );
    const body = fc.oneof(
      fc.constant(undefined),
      text,
      fc.constant("from=page"),
      fc.constant("List-Unsubscribe=One-Click"),
    );
    const headers = fc.record(
      {
        "content-type": fc.constantFrom(
          "application/x-www-form-urlencoded",
          "multipart/form-data",
          "text/plain",
          "application/json",
        ),
        origin: fc.constantFrom("http://localhost:3000", "https://evil.example", "null"),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(method, token, body, headers, async (m, t, b, h) => {
        const before = await digestTables(["organization_subscriptions"]);
        const url = `http://localhost/api/unsubscribe/${encodeURIComponent(t)}`;
        const context = { params: Promise.resolve({ token: t }) };
        const response =
          m === "GET"
            ? await unsubscribeGet(new Request(url), context)
            : await unsubscribePost(new Request(url, { method: "POST", headers: h, body: b }), context);
        expect(response.status).toBeLessThan(500);
        const isValid = tokens.includes(t);
        const isRefusedOrigin = h.origin !== undefined && h.origin !== "http://localhost:3000";
        if (m === "GET" || !isValid || isRefusedOrigin) {
          expect(await digestTables(["organization_subscriptions"])).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
