/**
 * Goods pledges show the group's drop-off place and hours (issue 20, item 8): set on the group's profile, shown
 * on the cards and in the confirmation email; without them, the email says the group will be in touch.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { mailboxMessages, memberships, organizations, pledgeOptions, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { getEditableGroup, updateGroupProfile } from "@/lib/groups/manage";
import { handleSendEmail } from "@/lib/jobs/worker";
import { listGroupOptions } from "./options";
import { pledge } from "./pledge";

const SLUG = "drop-off-group";
let groupId = "";
let owner: SessionUser;

async function person(name: string, language: "en" | "es" = "en"): Promise<SessionUser> {
  const email = `drop-${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await getDb().insert(users).values({ email, name, language }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name };
}

async function confirmation(to: string) {
  const [job] = rowsOf<{ data: { idempotencyKey: string } }>(
    await getDb().execute(
      sql`select data from pgboss.job where name = 'send-email' and data->>'to' = ${to} and data->>'template' = 'pledge-confirmation'`,
    ),
  );
  await handleSendEmail(job?.data as never);
  const [mail] = await getDb()
    .select()
    .from(mailboxMessages)
    .where(eq(mailboxMessages.idempotencyKey, job?.data.idempotencyKey ?? ""));
  if (!mail) throw new Error("no email");
  return mail;
}

const PROFILE = {
  name: "Pilsen Mutual Aid",
  leadershipStatement: "Led by tenants of Pilsen, for tenants of Pilsen.",
};

beforeAll(async () => {
  const [group] = await getDb()
    .insert(organizations)
    .values({ slug: SLUG, name: PROFILE.name, kind: "community_group" })
    .returning({ id: organizations.id });
  groupId = group?.id ?? "";
  owner = await person("Owner");
  await getDb().insert(memberships).values({ userId: owner.id, organizationId: groupId, role: "owner" });
});

describe("drop-off place and hours for goods", () => {
  it("without them, the email says the group will be in touch", async () => {
    const [coats] = await getDb()
      .insert(pledgeOptions)
      .values({ organizationId: groupId, kind: "goods", title: "Winter coats", item: "Winter coats" })
      .returning({ id: pledgeOptions.id });
    const rosa = await person("Rosa");
    await pledge(rosa, { optionId: coats?.id ?? "", name: "Rosa", quantity: 2 });
    const mail = await confirmation(rosa.email);
    expect(mail.text).toContain("The group will be in touch about where to bring them.");
  });

  it("the group sets them once; every goods card and confirmation shows them, in the reader's language", async () => {
    await updateGroupProfile(owner, SLUG, {
      ...PROFILE,
      dropOffPlace: "1831 S Racine Ave, side door",
      dropOffHours: "Saturdays 10 AM – 2 PM",
    });
    expect(await getEditableGroup(owner, SLUG)).toMatchObject({
      dropOffPlace: "1831 S Racine Ave, side door",
      dropOffHours: "Saturdays 10 AM – 2 PM",
    });
    const error = await updateGroupProfile(owner, SLUG, { ...PROFILE, dropOffPlace: "x".repeat(201) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { dropOffPlace: expect.any(Array) } });

    const [blankets] = await getDb()
      .insert(pledgeOptions)
      .values({ organizationId: groupId, kind: "goods", title: "Blankets", item: "Blankets" })
      .returning({ id: pledgeOptions.id });
    const card = (await listGroupOptions(groupId)).find((option) => option.id === blankets?.id);
    expect(card?.group).toMatchObject({
      dropOffPlace: "1831 S Racine Ave, side door",
      dropOffHours: "Saturdays 10 AM – 2 PM",
    });

    const ines = await person("Inés", "es");
    await pledge(ines, { optionId: blankets?.id ?? "", name: "Inés", quantity: 3 });
    const mail = await confirmation(ines.email);
    expect(mail.text).toContain("Aquí tienes dónde y cuándo llevarlo:");
    expect(mail.text).toContain("Dónde: 1831 S Racine Ave, side door");
    expect(mail.text).toContain("Cuándo: Saturdays 10 AM – 2 PM");
  });
});
