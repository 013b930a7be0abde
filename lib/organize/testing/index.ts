/**
 * Test data for the organizer console: an organization with people in each role, a campaign, officials,
 * letters and deliveries written straight to the database (the letter flow has its own tests).
 */
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { campaigns, deliveries, letters, memberships, officials, organizations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";

export async function person(name = "Pat Example"): Promise<SessionUser> {
  const email = `org-${randomUUID().slice(0, 12)}@example.org`;
  const [user] = await getDb().insert(users).values({ email, name }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name };
}

/** An organization, verified unless asked otherwise (a new one made by createOrganization is not). */
export async function organization(
  slug: string,
  verificationStatus: "unverified" | "verified" | "revoked" = "verified",
): Promise<string> {
  const [row] = await getDb()
    .insert(organizations)
    .values({ slug, name: `Org ${slug}`, verificationStatus })
    .returning({ id: organizations.id });
  if (!row) throw new Error("no organization");
  return row.id;
}

export async function member(
  organizationId: string,
  role: "owner" | "organizer" | "viewer",
  name?: string,
): Promise<SessionUser> {
  const user = await person(name);
  await getDb().insert(memberships).values({ userId: user.id, organizationId, role });
  return user;
}

export async function campaign(
  organizationId: string,
  slug: string,
  values: Partial<typeof campaigns.$inferInsert> = {},
): Promise<string> {
  const [row] = await getDb()
    .insert(campaigns)
    .values({
      organizationId,
      slug,
      title: `Campaign ${slug}`,
      status: "published",
      timeZone: "America/Chicago",
      ...values,
    })
    .returning({ id: campaigns.id });
  if (!row) throw new Error("no campaign");
  return row.id;
}

export async function official(
  values: Partial<typeof officials.$inferInsert> & { id: string; state: string; chamber: string },
): Promise<void> {
  await getDb()
    .insert(officials)
    .values({
      level: "federal",
      name: `Official ${values.id}`,
      firstName: "Official",
      lastName: values.id,
      raw: {},
      sourceHash: values.id,
      ...values,
    });
}

export async function letter(
  campaignId: string,
  values: Partial<typeof letters.$inferInsert> = {},
): Promise<{ id: string; supporterId: string }> {
  const supporter = await person(`${values.firstName ?? "Pat"} ${values.lastName ?? "Writer"}`);
  const [row] = await getDb()
    .insert(letters)
    .values({
      campaignId,
      supporterId: supporter.id,
      status: "confirmed",
      subject: "Please act",
      body: "Dear {{official.title}} {{official.last_name}}, please act.",
      personalizationScore: 0.5,
      firstName: "Pat",
      lastName: "Writer",
      email: supporter.email,
      city: "Chicago",
      state: "IL",
      zip: "60623",
      ...values,
    })
    .returning({ id: letters.id });
  if (!row) throw new Error("no letter");
  return { id: row.id, supporterId: supporter.id };
}

export async function delivery(
  letterId: string,
  values: Partial<typeof deliveries.$inferInsert> & { targetKey: string },
): Promise<string> {
  const [row] = await getDb()
    .insert(deliveries)
    .values({
      letterId,
      targetName: values.targetKey,
      channel: "email",
      status: "queued",
      ...values,
    })
    .returning({ id: deliveries.id });
  if (!row) throw new Error("no delivery");
  return row.id;
}
