import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaigns, organizations, pledgeOptions, pledges } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";

export type PledgeOptionView = {
  id: string;
  kind: "volunteer_shift" | "donation" | "goods" | "skills";
  title: string;
  description: string;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string | null;
  location: string | null;
  isRemote: boolean;
  hours: number | null;
  capacity: number | null;
  /** Seats or items still open; null without a limit. */
  remaining: number | null;
  suggestedAmountsCents: number[];
  allowsMonthly: boolean;
  item: string | null;
  skill: string | null;
  group: {
    id: string;
    slug: string;
    name: string;
    donationUrl: string | null;
    /** Goods: where and when the group takes them (its profile). */
    dropOffPlace: string | null;
    dropOffHours: string | null;
  };
};

const optionColumns = {
  id: pledgeOptions.id,
  kind: pledgeOptions.kind,
  title: pledgeOptions.title,
  description: pledgeOptions.description,
  startsAt: pledgeOptions.startsAt,
  endsAt: pledgeOptions.endsAt,
  timeZone: pledgeOptions.timeZone,
  location: pledgeOptions.location,
  isRemote: pledgeOptions.isRemote,
  hours: pledgeOptions.hours,
  capacity: pledgeOptions.capacity,
  taken: pledgeOptions.taken,
  suggestedAmountsCents: pledgeOptions.suggestedAmountsCents,
  allowsMonthly: pledgeOptions.allowsMonthly,
  item: pledgeOptions.item,
  skill: pledgeOptions.skill,
  groupId: organizations.id,
  groupSlug: organizations.slug,
  groupName: organizations.name,
  donationUrl: organizations.donationUrl,
  dropOffPlace: organizations.dropOffPlace,
  dropOffHours: organizations.dropOffHours,
};

function optionsQuery() {
  return getDb()
    .select(optionColumns)
    .from(pledgeOptions)
    .innerJoin(organizations, eq(organizations.id, pledgeOptions.organizationId))
    .$dynamic();
}

type OptionRow = Awaited<ReturnType<typeof optionsQuery>>[number];

function toView(row: OptionRow): PledgeOptionView {
  const { groupId, groupSlug, groupName, donationUrl, dropOffPlace, dropOffHours, taken, ...rest } = row;
  return {
    ...rest,
    remaining: row.capacity === null ? null : Math.max(0, row.capacity - taken),
    group: { id: groupId, slug: groupSlug, name: groupName, donationUrl, dropOffPlace, dropOffHours },
  };
}

/** Open options that have not started yet (shifts in the past are not offered). */
const offered = and(
  eq(pledgeOptions.isOpen, true),
  sql`(${pledgeOptions.kind} <> 'volunteer_shift' or ${pledgeOptions.startsAt} > now())`,
);

const order = [
  asc(pledgeOptions.position),
  sql`${pledgeOptions.startsAt} asc nulls last`,
  asc(pledgeOptions.title),
];

/** The ways to help offered on a campaign's page, from every group the campaign works with. */
export async function listCampaignOptions(campaignId: string): Promise<PledgeOptionView[]> {
  const rows = await optionsQuery()
    .where(and(eq(pledgeOptions.campaignId, campaignId), offered))
    .orderBy(...order);
  return rows.map(toView);
}

/** Everything a group offers on its own page. */
export async function listGroupOptions(organizationId: string): Promise<PledgeOptionView[]> {
  const rows = await optionsQuery()
    .where(and(eq(pledgeOptions.organizationId, organizationId), offered))
    .orderBy(...order);
  return rows.map(toView);
}

export async function findPledgeOption(optionId: string): Promise<PledgeOptionView | null> {
  const [row] = await optionsQuery().where(eq(pledgeOptions.id, optionId));
  return row ? toView(row) : null;
}

export type PledgeTotals = { volunteers: number; hours: number; cents: number; items: number };

/**
 * A campaign's pledge totals, read from the options' running counters (a few rows), never by adding up every
 * pledge on each view.
 */
export async function campaignPledgeTotals(campaignId: string): Promise<PledgeTotals> {
  const [row] = await getDb()
    .select({
      volunteers: sql<number>`coalesce(sum(${pledgeOptions.pledgers}) filter (where ${pledgeOptions.kind} in ('volunteer_shift', 'skills')), 0)::int`,
      hours: sql<number>`coalesce(sum(${pledgeOptions.pledgedHours}), 0)::float8`,
      cents: sql<number>`coalesce(sum(${pledgeOptions.pledgedCents}), 0)::int`,
      items: sql<number>`coalesce(sum(${pledgeOptions.taken}) filter (where ${pledgeOptions.kind} = 'goods'), 0)::int`,
    })
    .from(pledgeOptions)
    .where(eq(pledgeOptions.campaignId, campaignId));
  return {
    volunteers: Number(row?.volunteers ?? 0),
    hours: Math.round(Number(row?.hours ?? 0) * 10) / 10,
    cents: Number(row?.cents ?? 0),
    items: Number(row?.items ?? 0),
  };
}

export type MyPledge = Awaited<ReturnType<typeof listMyPledges>>[number];

/** The supporter's own pledges (authorization in the query), upcoming shifts first. */
export async function listMyPledges(actor: SessionUser) {
  const rows = await getDb()
    .select({
      id: pledges.id,
      status: pledges.status,
      quantity: pledges.quantity,
      amountCents: pledges.amountCents,
      frequency: pledges.frequency,
      hours: pledges.hours,
      createdAt: pledges.createdAt,
      optionId: pledgeOptions.id,
      kind: pledgeOptions.kind,
      title: pledgeOptions.title,
      description: pledgeOptions.description,
      startsAt: pledgeOptions.startsAt,
      endsAt: pledgeOptions.endsAt,
      timeZone: pledgeOptions.timeZone,
      location: pledgeOptions.location,
      isRemote: pledgeOptions.isRemote,
      shiftCancelledAt: pledgeOptions.cancelledAt,
      calendarSequence: pledgeOptions.calendarSequence,
      groupSlug: organizations.slug,
      dropOffPlace: organizations.dropOffPlace,
      dropOffHours: organizations.dropOffHours,
      groupName: organizations.name,
      donationUrl: organizations.donationUrl,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
    })
    .from(pledges)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
    .innerJoin(organizations, eq(organizations.id, pledgeOptions.organizationId))
    .leftJoin(campaigns, eq(campaigns.id, pledgeOptions.campaignId))
    .where(eq(pledges.userId, actor.id))
    .orderBy(
      sql`case when ${pledges.status} = 'pledged' then 0 else 1 end`,
      sql`${pledgeOptions.startsAt} asc nulls last`,
      desc(pledges.createdAt),
    );
  return rows;
}

/** Which of these options the supporter already holds a standing pledge for (to show "You're signed up"). */
export async function myActivePledges(actor: SessionUser, optionIds: string[]): Promise<Map<string, string>> {
  if (optionIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ optionId: pledges.optionId, id: pledges.id })
    .from(pledges)
    .where(
      and(
        eq(pledges.userId, actor.id),
        inArray(pledges.optionId, optionIds),
        sql`${pledges.status} <> 'cancelled'`,
      ),
    );
  return new Map(rows.map((row) => [row.optionId, row.id]));
}
