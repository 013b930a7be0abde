"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { retargetChangedOfficials, retryFailedDeliveries } from "@/lib/organize/dashboard";
import { runAction } from "@/lib/run-action";

function text(formData: FormData, name: string): string {
  const value = formValues(formData)[name];
  return typeof value === "string" ? value.slice(0, 200) : "";
}

function dashboardPath(org: string, campaignId: string): string {
  return `/organize/${encodeURIComponent(org)}/campaigns/${encodeURIComponent(campaignId)}/dashboard`;
}

/** What happened, said on the dashboard after the redirect (no JavaScript needed). */
function outcome(error: unknown): string {
  if (error instanceof AppError) return error.code === "NOT_FOUND" ? "nothing" : "forbidden";
  console.error("[action] dashboard:", error);
  return "error";
}

/** Back to the dashboard, refreshed, at the section the form was in; the query says what happened. */
function back(path: string, result: string, heading: string): never {
  revalidatePath(path);
  redirect(`${path}?${result}#${heading}`);
}

/** Retry one failed delivery (deliveryId) or all of the campaign's: owners and organizers (checked in the data layer). */
export async function retryDeliveriesAction(formData: FormData): Promise<void> {
  const campaignId = text(formData, "campaignId");
  const deliveryId = text(formData, "deliveryId") || undefined;
  const path = dashboardPath(text(formData, "org"), campaignId);
  await runAction(formData, {
    session: "required",
    signedOut: () => redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`),
    run: ({ user }) => retryFailedDeliveries(user, campaignId, deliveryId),
    failed: (error) => back(path, `problem=${outcome(error)}`, "failed-heading"),
    done: ({ retried }) => back(path, `retried=${retried}`, "failed-heading"),
  });
}

/** Send waiting letters on to the seat's current holder, for one changed official or all of them. */
export async function retargetAction(formData: FormData): Promise<void> {
  const campaignId = text(formData, "campaignId");
  const officialId = text(formData, "officialId") || undefined;
  const path = dashboardPath(text(formData, "org"), campaignId);
  await runAction(formData, {
    session: "required",
    signedOut: () => redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`),
    run: ({ user }) => retargetChangedOfficials(user, campaignId, officialId),
    failed: (error) => back(path, `problem=${outcome(error)}`, "changed-heading"),
    done: ({ moved, merged }) => back(path, `moved=${moved + merged}`, "changed-heading"),
  });
}
