/** Where e2e/seed-authorization.ts leaves the authorization matrix's people and ids, and their shape. */
export const AUTHORIZATION_FIXTURES = ".data/e2e/authorization.json";

export type AuthorizationFixtures = {
  /** Session token per signed-in role (cookie `authjs.session-token`). */
  sessions: Record<"supporter" | "otherOrganizer" | "viewer" | "organizer" | "owner", string>;
  org: string;
  otherOrg: string;
  campaignId: string;
  otherCampaignId: string;
  group: string;
  otherGroup: string;
  optionId: string;
  letterId: string;
  inviteToken: string;
  supporterEmail: string;
  /** Another owner of the organization and the group, for e2e/actions.spec.ts alone (its crafted calls may sign out). */
  actionsSession: string;
  /**
   * Sessions for the demo's organizer and group coordinator, so journeys that start signed in need no emailed
   * link (sign-in links are rate limited per address; the sign-in itself is tested with links elsewhere).
   */
  demoSessions: { organizer: string; coordinator: string };
  /** A supporter whose session signed in two hours ago: not fresh enough to download data or delete the account. */
  staleSession: { token: string; email: string };
};
