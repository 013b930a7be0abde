/**
 * Joining campaigns. A person joins by the Join button, or by writing a letter or pledging on the campaign;
 * leaving is one click. Consent to hear from the organizing organization is a separate choice, never implied.
 *
 * Not marked server-only: the letter and pledge transactions (used by the worker's modules) call `joinInTx`.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { campaignSupporters, campaigns, organizationSubscriptions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { readTallies } from "./tallies";

export type JoinSource = "join" | "letter" | "pledge";

/**
 * Records that a person is with a campaign (once; a person who had left and acts again is back). Call it in the
 * transaction that writes the letter or pledge, so the join commits with it.
 */
export async function joinInTx(
  tx: Executor,
  campaignId: string,
  userId: string,
  source: JoinSource,
): Promise<void> {
  await tx
    .insert(campaignSupporters)
    .values({ campaignId, userId, source })
    .onConflictDoUpdate({
      target: [campaignSupporters.campaignId, campaignSupporters.userId],
      set: { leftAt: null },
      setWhere: sql`${campaignSupporters.leftAt} is not null`,
    });
}

async function publishedCampaign(slug: string) {
  const [campaign] = await getDb()
    .select({ id: campaigns.id, organizationId: campaigns.organizationId, status: campaigns.status })
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), eq(campaigns.status, "published")));
  if (!campaign) throw new AppError("NOT_FOUND", errorText.campaigns.couldntFindCampaignClosed);
  return campaign;
}

/** The Join button: joins, and records consent to updates only when the person ticked it. */
export async function joinCampaign(actor: SessionUser, slug: string, consent: boolean): Promise<void> {
  const campaign = await publishedCampaign(slug);
  await getDb().transaction(async (tx) => {
    await joinInTx(tx, campaign.id, actor.id, "join");
    if (consent) await subscribe(tx, campaign.organizationId, actor.id);
  });
  forgetCount(campaign.id);
}

/** A fresh, explicit yes: recorded now, and it replaces an earlier unsubscribe. */
async function subscribe(tx: Executor, organizationId: string, userId: string): Promise<void> {
  await tx
    .insert(organizationSubscriptions)
    .values({ organizationId, userId })
    .onConflictDoUpdate({
      target: [organizationSubscriptions.organizationId, organizationSubscriptions.userId],
      set: { unsubscribedAt: null, consentedAt: new Date() },
    });
}

/**
 * "Keep me posted" for someone already with the campaign (joined without ticking the box, or by writing or
 * pledging, where nobody is asked): they agree to hear from the organization now.
 */
export async function consentToUpdates(actor: SessionUser, slug: string): Promise<void> {
  const campaign = await publishedCampaign(slug);
  await subscribe(getDb(), campaign.organizationId, actor.id);
}

/** Leaving: off the campaign's list (and its updates); consent to the organization is left as the person set it. */
export async function leaveCampaign(actor: SessionUser, slug: string): Promise<void> {
  const [campaign] = await getDb()
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.slug, slug));
  if (!campaign) throw new AppError("NOT_FOUND", errorText.campaigns.couldntFindCampaign);
  await getDb()
    .update(campaignSupporters)
    .set({ leftAt: new Date() })
    .where(
      and(
        eq(campaignSupporters.campaignId, campaign.id),
        eq(campaignSupporters.userId, actor.id),
        isNull(campaignSupporters.leftAt),
      ),
    );
  forgetCount(campaign.id);
}

export type Membership = { joined: boolean; consented: boolean };

/** Whether this person is with the campaign, and whether they hear from its organization. */
export async function myMembership(actor: SessionUser, campaignId: string): Promise<Membership> {
  const [row] = await getDb()
    .select({
      joined: sql<boolean>`${campaignSupporters.userId} is not null and ${campaignSupporters.leftAt} is null`,
      consented: sql<boolean>`${organizationSubscriptions.userId} is not null and ${organizationSubscriptions.unsubscribedAt} is null`,
    })
    .from(campaigns)
    .leftJoin(
      campaignSupporters,
      and(eq(campaignSupporters.campaignId, campaigns.id), eq(campaignSupporters.userId, actor.id)),
    )
    .leftJoin(
      organizationSubscriptions,
      and(
        eq(organizationSubscriptions.organizationId, campaigns.organizationId),
        eq(organizationSubscriptions.userId, actor.id),
      ),
    )
    .where(eq(campaigns.id, campaignId));
  return { joined: Boolean(row?.joined), consented: Boolean(row?.consented) };
}

/**
 * How many people are with a campaign and how many letters it has sent. Read at most every 15 seconds per
 * process (from the campaign's tallies, a few rows whatever its size), so a busy campaign page does not recount on every view; a person's own join or
 * leave refreshes it at once: in the process that wrote it (forgetCount), and, under `npm start` on PostgreSQL,
 * in every other process too when the caller names the campaign's slug (the join, the leave and the confirmed
 * letter move its `chorus_pages` stamp, as they drop the cached page: edge/launcher.ts).
 */
const COUNT_TTL_MS = 15_000;
export type CampaignCounts = { joined: number; letters: number };
const counts = new Map<string, { value: CampaignCounts; at: number; stamp: string | null }>();

/** What the launcher shares through globalThis (Next's bundle does not share its modules); as lib/letters/setup.ts. */
type CampaignChanges = { listening: boolean; stamp(slug: string): string };
function changeStamp(slug: string | undefined): string | null {
  const changes = (globalThis as { [key: symbol]: CampaignChanges | undefined })[
    Symbol.for("chorus.campaignChanges")
  ];
  return slug && changes?.listening ? changes.stamp(slug) : null;
}

/** After a write this process made (a join, a leave, a letter): the next view recounts. */
export function forgetCount(campaignId: string): void {
  counts.delete(campaignId);
}

export async function campaignCounts(campaignId: string, slug?: string): Promise<CampaignCounts> {
  // Stamped before the read: a change heard while it runs makes the next view recount.
  const stamp = changeStamp(slug);
  const cached = counts.get(campaignId);
  if (cached && Date.now() - cached.at < COUNT_TTL_MS && cached.stamp === stamp) return cached.value;
  // From the campaign's tallies (lib/campaigns/tallies.ts): a few rows, however many letters it has.
  const tallies = await readTallies(campaignId, ["supporters", "letters_status"]);
  const value = {
    joined: tallies.supporters.get("") ?? 0,
    letters: tallies.letters_status.get("confirmed") ?? 0,
  };
  counts.set(campaignId, { value, at: Date.now(), stamp });
  return value;
}

export type JoinedCampaign = { slug: string; title: string; status: string; source: string; joinedAt: Date };

/** The campaigns a person is with, newest first (for the account page). */
export async function listMyCampaigns(actor: SessionUser): Promise<JoinedCampaign[]> {
  return getDb()
    .select({
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      source: campaignSupporters.source,
      joinedAt: campaignSupporters.joinedAt,
    })
    .from(campaignSupporters)
    .innerJoin(campaigns, eq(campaigns.id, campaignSupporters.campaignId))
    .where(and(eq(campaignSupporters.userId, actor.id), isNull(campaignSupporters.leftAt)))
    .orderBy(sql`${campaignSupporters.joinedAt} desc`);
}
