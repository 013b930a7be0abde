/**
 * The dashboard counts deliveries per office and channel (issue 18, item 7): delivered, not sent yet, waiting
 * for the writer and failed, for its own campaign only, within the dashboard's authorization.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getCampaignDashboard } from "./dashboard";
import { campaign, delivery, letter, member, organization } from "./testing";

let viewer: SessionUser;
let stranger: SessionUser;
let campaignId = "";

beforeAll(async () => {
  const orgId = await organization("offices-org");
  const otherOrg = await organization("offices-other");
  viewer = await member(orgId, "viewer");
  stranger = await member(otherOrg, "organizer");
  campaignId = await campaign(orgId, "offices-campaign");
  const otherCampaign = await campaign(otherOrg, "offices-other-campaign");

  const durbin = { targetKey: "official:D000563", officialId: "D000563", targetName: "Richard J. Durbin" };
  const davis = { targetKey: "official:D000096", officialId: "D000096", targetName: "Danny K. Davis" };
  const council = { targetKey: "custom:council", targetName: "City Council" };
  const write = async (campaign: string, ...rows: Parameters<typeof delivery>[1][]) => {
    const { id } = await letter(campaign);
    for (const row of rows) await delivery(id, row);
  };
  await write(
    campaignId,
    { ...durbin, channel: "cwc", status: "sent" },
    { ...davis, channel: "contact_form", status: "handoff_ready" },
    { ...council, channel: "email", status: "sent" },
  );
  await write(
    campaignId,
    { ...durbin, channel: "cwc", status: "queued" },
    { ...davis, channel: "contact_form", status: "handoff_done" },
    { ...council, channel: "email", status: "failed" },
  );
  await write(
    campaignId,
    // Refused by the office's system and handed to the writer: counted as waiting, on its channel.
    { ...durbin, channel: "cwc", status: "handoff_ready", lastError: "Error: bad prefix" },
    { ...davis, channel: "contact_form", status: "handoff_ready" },
  );
  // Another organization's campaign: never counted here.
  await write(otherCampaign, { ...durbin, channel: "cwc", status: "sent" });
});

describe("deliveries by office", () => {
  it("counts each office's deliveries by channel and how they stand", async () => {
    const dash = await getCampaignDashboard(viewer, campaignId);
    expect(dash.byOffice).toEqual([
      {
        targetKey: "official:D000096",
        name: "Danny K. Davis",
        channel: "contact_form",
        delivered: 1,
        queued: 0,
        waiting: 2,
        failed: 0,
      },
      {
        targetKey: "official:D000563",
        name: "Richard J. Durbin",
        channel: "cwc",
        delivered: 1,
        queued: 1,
        waiting: 1,
        failed: 0,
      },
      {
        targetKey: "custom:council",
        name: "City Council",
        channel: "email",
        delivered: 1,
        queued: 0,
        waiting: 0,
        failed: 1,
      },
    ]);
    expect(dash.deliveries).toContainEqual({ channel: "cwc", status: "sent", count: 1 });
  });

  it("another organization's organizer meets the dashboard's 404", async () => {
    const error = await getCampaignDashboard(stranger, campaignId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});
