/**
 * The organizer's verbs on a campaign, one file each under ./campaigns/ (issue 23: rooms under 400 lines):
 * lifecycle (create, publish, close, delete), edit (the builder's view), basics, cwc, targets, template.
 */
export type { CampaignStatus } from "@/db/schema";
export * from "./campaigns/basics";
export * from "./campaigns/cwc";
export * from "./campaigns/edit";
export * from "./campaigns/lifecycle";
export * from "./campaigns/targets";
export * from "./campaigns/template";
