/**
 * The data functions behind the group dashboard's and the group edit page's server actions and the roster CSV
 * route, called by the group's owner with arbitrary input (any form values, any ids a crafted request can bind
 * or put in the address): each succeeds or throws an AppError with a human message (anything else is a 500),
 * and a refusal leaves the tables it could write unchanged.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, organizations, pledgeOptions, users } from "@/db/schema";
import { digestTables, expectSuccessOrAppError, RUNS } from "@/db/testing/properties";
import type { SessionUser } from "@/lib/auth";
import { pledge } from "@/lib/pledges/pledge";
import {
  createGroupOption,
  exportRosterCsv,
  getGroupDashboard,
  getGroupOption,
  getOptionRoster,
  markPledge,
  sendShiftMessage,
  setGroupOptionOpen,
  updateGroupOption,
} from "./dashboard";
import { addGroupMember, getEditableGroup, listGroupMembers, removeGroupMember } from "./manage";

const SLUG = "prop-group";
let owner: SessionUser;
let optionIds: string[] = [];
const pledgeIds: string[] = [];
let userIds: string[] = [];
let emails: string[] = [];

async function person(name: string): Promise<SessionUser> {
  const email = `${name.toLowerCase().replace(/\W/g, "")}-${randomUUID().slice(0, 6)}@example.org`;
  const [row] = await getDb().insert(users).values({ email, name }).returning({ id: users.id });
  return { id: row?.id ?? "", email, name };
}

beforeAll(async () => {
  const [group] = await getDb()
    .insert(organizations)
    .values({ slug: SLUG, name: "Casa", kind: "community_group" })
    .returning({ id: organizations.id });
  const groupId = group?.id ?? "";
  owner = await person("Owner");
  const organizer = await person("Organizer");
  const stranger = await person("Stranger");
  await getDb()
    .insert(memberships)
    .values([
      { organizationId: groupId, userId: owner.id, role: "owner" },
      { organizationId: groupId, userId: organizer.id, role: "organizer" },
    ]);
  userIds = [organizer.id, stranger.id, owner.id];
  emails = [stranger.email, organizer.email];
  const starts = new Date(Date.now() + 6 * 86_400_000);
  const [shift] = await getDb()
    .insert(pledgeOptions)
    .values({
      organizationId: groupId,
      kind: "volunteer_shift",
      title: "Clinic",
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 3 * 3_600_000),
      timeZone: "America/Chicago",
      location: "1831 S Racine Ave",
      capacity: 20,
      hours: 3,
    })
    .returning({ id: pledgeOptions.id });
  optionIds = [shift?.id ?? ""];
  for (const name of ["Val", "Lee"]) {
    const { pledgeId } = await pledge(await person(name), { optionId: optionIds[0] ?? "", name });
    pledgeIds.push(pledgeId);
  }
}, 120_000);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "=cmd|' /C calc'!A0",
    "a\nb",
    "x".repeat(5001),
    "-1",
    "1e9",
    "NaN",
  ),
);
const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
const idFrom = (ids: () => string[]) =>
  fc.oneof(
    fc.constantFrom(0, 1, 2).map((i) => ids()[i] ?? ids()[0] ?? ""),
    text,
  );
const slug = fc.oneof(fc.constant(SLUG), text);
const optionId = idFrom(() => optionIds);

function near(valid: Record<string, unknown>) {
  const keys = [...Object.keys(valid), "extra"];
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), anything), { maxLength: 3 })
    .map((changes) => ({ ...valid, ...Object.fromEntries(changes) }));
}

const SHIFT_FORM = {
  kind: "volunteer_shift",
  title: "Clinic",
  startsAt: "2031-12-06T10:00",
  endsAt: "2031-12-06T13:00",
  timeZone: "America/Chicago",
  location: "Casa del Pueblo",
  capacity: "8",
  hours: "3",
  campaignId: "",
  suggestedAmounts: "",
};

type Case = {
  name: string;
  tables: string[];
  // biome-ignore lint/suspicious/noExplicitAny: each case has its own argument tuple
  args: fc.Arbitrary<any[]>;
  run: (...args: never[]) => Promise<unknown>;
};

const CASES: Case[] = [
  {
    name: "createGroupOption",
    tables: ["pledge_options"],
    args: fc.tuple(
      slug,
      fc.oneof(
        near(SHIFT_FORM),
        near({ ...SHIFT_FORM, kind: "donation" }),
        near({ kind: "goods", title: "Diapers", item: "diapers" }),
      ),
    ),
    run: (s: string, raw: never) => createGroupOption(owner, s, raw),
  },
  {
    name: "updateGroupOption",
    tables: ["pledge_options"],
    args: fc.tuple(slug, optionId, near(SHIFT_FORM)),
    run: (s: string, id: string, raw: never) => updateGroupOption(owner, s, id, raw),
  },
  {
    name: "setGroupOptionOpen",
    tables: ["pledge_options"],
    args: fc.tuple(slug, optionId, fc.boolean()),
    run: (s: string, id: string, isOpen: boolean) => setGroupOptionOpen(owner, s, id, isOpen),
  },
  {
    name: "markPledge",
    tables: ["pledges", "pledge_options"],
    args: fc.tuple(
      slug,
      idFrom(() => pledgeIds),
      fc.oneof(fc.constantFrom("done", "missed", "pledged"), text),
    ),
    run: (s: string, id: string, outcome: never) => markPledge(owner, s, id, outcome),
  },
  {
    name: "sendShiftMessage",
    tables: ["group_messages"],
    args: fc.tuple(
      slug,
      optionId,
      near({ messageId: randomUUID(), subject: "Side door", body: "Use the side door." }),
    ),
    run: (s: string, id: string, raw: never) => sendShiftMessage(owner, s, id, raw),
  },
  {
    name: "getGroupDashboard, getGroupOption, getOptionRoster and exportRosterCsv (the roster route)",
    tables: [],
    args: fc.tuple(fc.constantFrom("dashboard", "option", "roster", "csv"), slug, optionId),
    run: (what: string, s: string, id: string) =>
      ({
        dashboard: () => getGroupDashboard(owner, s),
        option: () => getGroupOption(owner, s, id),
        roster: () => getOptionRoster(owner, s, id),
        csv: () => exportRosterCsv(owner, s, id),
      })[what as "csv"](),
  },
  {
    name: "getEditableGroup and listGroupMembers",
    tables: [],
    args: fc.tuple(fc.boolean(), slug),
    run: (edit: boolean, s: string) => (edit ? getEditableGroup(owner, s) : listGroupMembers(owner, s)),
  },
  {
    name: "addGroupMember",
    tables: ["memberships"],
    args: fc.tuple(
      slug,
      fc.record({
        email: fc.oneof(
          fc.constantFrom(0, 1).map((i) => emails[i] ?? ""),
          text,
        ),
        role: fc.oneof(fc.constantFrom("organizer", "viewer", "owner"), text),
      }),
    ),
    run: (s: string, input: never) => addGroupMember(owner, s, input),
  },
  {
    name: "removeGroupMember",
    tables: ["memberships"],
    args: fc.tuple(
      slug,
      idFrom(() => userIds),
    ),
    run: (s: string, userId: string) => removeGroupMember(owner, s, userId),
  },
];

describe("group dashboard and edit data functions (property, the owner with arbitrary input)", () => {
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
