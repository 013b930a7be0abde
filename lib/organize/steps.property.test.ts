/**
 * The data functions behind the steps and bill forms (the builder's and the campaign page's "I did this"), with
 * arbitrary input as a crafted request could send it (any form values, any bound ids): each succeeds or throws
 * an AppError with a human message, never a database error, and a refusal leaves its tables unchanged.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { digestTables, expectSuccessOrAppError, RUNS } from "@/db/testing/properties";
import type { SessionUser } from "@/lib/auth";
import { markStepDone } from "@/lib/campaigns/steps";
import { removeBill, saveBill } from "./bills";
import {
  addAskStep,
  closeStep,
  editAskStep,
  listStepsForEdit,
  moveStep,
  openStep,
  reorderSteps,
} from "./steps";
import { campaign, member, organization, person } from "./testing";

let owner: SessionUser;
let supporter: SessionUser;
let liveId = "";
let stepIds: string[] = [];

beforeAll(async () => {
  const orgId = await organization("prop-steps");
  owner = await member(orgId, "owner", "Ona Owner");
  supporter = await person("Sam Supporter");
  liveId = await campaign(orgId, "prop-steps-live", { status: "published" });
  await addAskStep(owner, liveId, { title: "Call in on Tuesday" });
  stepIds = (await listStepsForEdit(owner, liveId)).map((s) => s.id);
}, 60_000);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "<script>",
    "a\nb",
    "x".repeat(501),
    "https://",
    "javascript:x",
  ),
);
const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
const stepId = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4).map((i) => stepIds[i] ?? ""),
  fc.uuid(),
  text,
);
const campaignId = fc.oneof(
  fc.constant(() => liveId).map((f) => f()),
  text,
);
const form = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys, "extra"), anything, { maxKeys: 6 });

type Case = {
  name: string;
  tables: string[];
  // biome-ignore lint/suspicious/noExplicitAny: each case has its own argument tuple
  args: fc.Arbitrary<any[]>;
  run: (...args: never[]) => Promise<unknown>;
};

const CASES: Case[] = [
  {
    name: "addAskStep",
    tables: ["campaign_steps"],
    args: fc.tuple(campaignId, form(["title", "description", "url"])),
    run: (id: string, input: never) => addAskStep(owner, id, input),
  },
  {
    name: "editAskStep",
    tables: ["campaign_steps"],
    args: fc.tuple(campaignId, stepId, form(["title", "description", "url"])),
    run: (id: string, step: string, input: never) => editAskStep(owner, id, step, input),
  },
  {
    name: "reorderSteps",
    tables: ["campaign_steps"],
    args: fc.tuple(
      campaignId,
      fc.oneof(
        anything,
        fc.shuffledSubarray([0, 1, 2, 3, 4]).map((order) => order.map((i) => stepIds[i] ?? "")),
        fc.array(stepId, { maxLength: 6 }),
      ),
    ),
    run: (id: string, ids: unknown) => reorderSteps(owner, id, ids),
  },
  {
    name: "moveStep",
    tables: ["campaign_steps"],
    args: fc.tuple(campaignId, stepId, fc.constantFrom("up", "down")),
    run: (id: string, step: string, direction: "up" | "down") => moveStep(owner, id, step, direction),
  },
  {
    name: "openStep and closeStep",
    tables: ["campaign_steps", "campaign_step_alerts", "campaign_updates"],
    args: fc.tuple(campaignId, stepId, fc.boolean()),
    run: (id: string, step: string, isOpen: boolean) =>
      isOpen ? openStep(owner, id, step) : closeStep(owner, id, step),
  },
  {
    name: "saveBill and removeBill",
    tables: ["campaign_bills"],
    args: fc.tuple(
      campaignId,
      form(["jurisdiction", "state", "number", "title", "url", "status"]),
      fc.boolean(),
    ),
    run: (id: string, input: never, isRemove: boolean) =>
      isRemove ? removeBill(owner, id) : saveBill(owner, id, input),
  },
  {
    name: "markStepDone",
    tables: ["campaign_steps_done"],
    args: fc.tuple(fc.oneof(fc.constant("prop-steps-live"), text), stepId),
    run: (slug: string, step: string) => markStepDone(supporter, slug, step),
  },
];

describe("steps and bill data functions with arbitrary input", () => {
  for (const c of CASES) {
    it(`${c.name}: success or an AppError with a human message; a refusal changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(c.args, async (args) => {
          const before = await digestTables(c.tables);
          const error = await expectSuccessOrAppError(() =>
            (c.run as (...a: unknown[]) => Promise<unknown>)(...args),
          );
          if (error) expect(await digestTables(c.tables)).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }, 300_000);
  }
});
