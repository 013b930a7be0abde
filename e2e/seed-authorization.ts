/**
 * Fixtures for the HTTP authorization matrix (e2e/authorization.spec.ts), written before the app opens the
 * database (PGlite allows one process per folder): people in each role with a database session each, an
 * organization and a community group where they hold their roles, another organization and group, a campaign,
 * a shift with the supporter's pledge, and the supporter's letter. The ids and session tokens go to
 * .data/e2e/authorization.json for the spec; the tokens are e2e-only, random per run.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { migrateOrExplain, openConnection } from "@/db/client";
import {
  campaigns,
  deliveries,
  letters,
  memberships,
  organizationInvites,
  organizationSubscriptions,
  organizations,
  pledgeOptions,
  pledges,
  replyChecks,
  sessions,
  users,
} from "@/db/schema";
import { DEMO_GROUP_COORDINATOR_EMAIL, DEMO_ORGANIZER_EMAIL } from "@/db/seed";
import { loadEnv } from "@/lib/env";
import { hashToken } from "@/lib/letters/tokens";
import { AUTHORIZATION_FIXTURES, type AuthorizationFixtures } from "./authorization-fixtures";

const env = loadEnv();
const connection = openConnection(env.databaseUrl, { max: 1 });
try {
  await migrateOrExplain(connection, env.databaseUrl);
  const db = connection.db;
  const person = async (role: string) => {
    const [row] = await db
      .insert(users)
      .values({ email: `authz-${role.toLowerCase()}@example.org`, name: `Authz ${role}` })
      .returning({ id: users.id, email: users.email });
    if (!row) throw new Error("no user");
    return row;
  };
  const org = async (slug: string, kind: "organization" | "community_group") => {
    const [row] = await db
      .insert(organizations)
      .values({ slug, name: `Authz ${slug}`, kind })
      .returning({ id: organizations.id });
    if (!row) throw new Error("no organization");
    return row.id;
  };

  const people = {
    supporter: await person("Supporter"),
    otherOrganizer: await person("OtherOrganizer"),
    viewer: await person("Viewer"),
    organizer: await person("Organizer"),
    owner: await person("Owner"),
  };
  const orgId = await org("authz-org", "organization");
  const otherOrgId = await org("authz-other-org", "organization");
  const groupId = await org("authz-group", "community_group");
  const otherGroupId = await org("authz-other-group", "community_group");
  for (const id of [orgId, groupId]) {
    for (const role of ["owner", "organizer", "viewer"] as const) {
      await db.insert(memberships).values({ organizationId: id, userId: people[role].id, role });
    }
  }
  for (const id of [otherOrgId, otherGroupId]) {
    await db
      .insert(memberships)
      .values({ organizationId: id, userId: people.otherOrganizer.id, role: "owner" });
  }

  const actionsOwner = await person("ActionsOwner");
  for (const id of [orgId, groupId]) {
    await db.insert(memberships).values({ organizationId: id, userId: actionsOwner.id, role: "owner" });
  }
  const actionsSession = randomBytes(32).toString("hex");
  await db.insert(sessions).values({
    sessionToken: actionsSession,
    userId: actionsOwner.id,
    expires: new Date(Date.now() + 86_400_000),
  });

  const sessionTokens = {} as AuthorizationFixtures["sessions"];
  // Downloading one's data needs a sign-in of the last few minutes (lib/auth/freshness.ts, tested in vitest);
  // these sessions count as signed in at the end of the suite's run, so the matrix can download all along.
  const freshForTheRun = new Date(Date.now() + 2 * 3600_000);
  for (const [role, user] of Object.entries(people) as [keyof typeof people, { id: string }][]) {
    const token = randomBytes(32).toString("hex");
    await db.insert(sessions).values({
      sessionToken: token,
      userId: user.id,
      expires: new Date(Date.now() + 86_400_000),
      createdAt: freshForTheRun,
    });
    sessionTokens[role] = token;
  }

  const campaign = async (organizationId: string, slug: string) => {
    const [row] = await db
      .insert(campaigns)
      .values({
        organizationId,
        slug,
        title: `Authz ${slug}`,
        status: "published",
        timeZone: "America/Chicago",
      })
      .returning({ id: campaigns.id });
    if (!row) throw new Error("no campaign");
    return row.id;
  };
  const campaignId = await campaign(orgId, "authz-campaign");
  const otherCampaignId = await campaign(otherOrgId, "authz-other-campaign");

  const [option] = await db
    .insert(pledgeOptions)
    .values({
      organizationId: groupId,
      kind: "volunteer_shift",
      title: "Authz clinic",
      startsAt: new Date(Date.now() + 6 * 86_400_000),
      endsAt: new Date(Date.now() + 6 * 86_400_000 + 3 * 3_600_000),
      timeZone: "America/Chicago",
      location: "1831 S Racine Ave",
      capacity: 8,
      hours: 3,
      taken: 1,
      pledgers: 1,
    })
    .returning({ id: pledgeOptions.id });
  if (!option) throw new Error("no option");
  await db.insert(pledges).values({
    optionId: option.id,
    userId: people.supporter.id,
    name: "Authz Supporter",
    email: people.supporter.email,
  });

  const [letter] = await db
    .insert(letters)
    .values({
      campaignId,
      supporterId: people.supporter.id,
      status: "confirmed",
      subject: "Please act",
      body: "Dear Alderperson, please act.",
      personalizationScore: 0.5,
      firstName: "Authz",
      lastName: "Supporter",
      email: people.supporter.email,
      city: "Chicago",
      state: "IL",
      zip: "60623",
    })
    .returning({ id: letters.id });
  if (!letter) throw new Error("no letter");
  await db.insert(deliveries).values({
    letterId: letter.id,
    targetKey: "custom:authz",
    targetName: "Ada Alderperson",
    channel: "email",
    status: "sent",
    sentAt: new Date(Date.now() - 20 * 86_400_000),
  });
  await db.insert(replyChecks).values({
    letterId: letter.id,
    tokenHash: hashToken(randomUUID()),
    expiresAt: new Date(Date.now() + 30 * 86_400_000),
  });
  await db.insert(organizationSubscriptions).values({ organizationId: orgId, userId: people.supporter.id });

  const inviteToken = randomBytes(24).toString("base64url");
  await db.insert(organizationInvites).values({
    organizationId: orgId,
    email: people.supporter.email,
    role: "viewer",
    tokenHash: hashToken(inviteToken),
    invitedBy: people.owner.id,
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
  });

  const demoSession = async (email: string) => {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) throw new Error(`the demo seed has no ${email}`);
    const token = randomBytes(32).toString("hex");
    await db
      .insert(sessions)
      .values({ sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) });
    return token;
  };
  const demoSessions = {
    organizer: await demoSession(DEMO_ORGANIZER_EMAIL),
    coordinator: await demoSession(DEMO_GROUP_COORDINATOR_EMAIL),
  };

  const staleEmail = "authz-stale-session@example.org";
  const [staleUser] = await db
    .insert(users)
    .values({ email: staleEmail, name: "Stella Stale" })
    .returning({ id: users.id });
  if (!staleUser) throw new Error("no stale-session user");
  const staleSession = { token: randomBytes(32).toString("hex"), email: staleEmail };
  await db.insert(sessions).values({
    sessionToken: staleSession.token,
    userId: staleUser.id,
    expires: new Date(Date.now() + 86_400_000),
    createdAt: new Date(Date.now() - 2 * 3600_000),
  });

  const fixtures: AuthorizationFixtures = {
    sessions: sessionTokens,
    org: "authz-org",
    otherOrg: "authz-other-org",
    campaignId,
    otherCampaignId,
    group: "authz-group",
    otherGroup: "authz-other-group",
    optionId: option.id,
    letterId: letter.id,
    inviteToken,
    supporterEmail: people.supporter.email,
    actionsSession,
    demoSessions,
    staleSession,
  };
  mkdirSync(path.dirname(AUTHORIZATION_FIXTURES), { recursive: true });
  writeFileSync(AUTHORIZATION_FIXTURES, JSON.stringify(fixtures, null, 2));
  console.log(`e2e: authorization fixtures written to ${AUTHORIZATION_FIXTURES}`);
} finally {
  await connection.close();
}
