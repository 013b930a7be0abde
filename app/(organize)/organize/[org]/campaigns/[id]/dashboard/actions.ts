"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { retargetChangedOfficials, retryFailedDeliveries } from "@/lib/organize/dashboard";

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

/** Retry one failed delivery (deliveryId) or all of the campaign's: owners and organizers (checked in the data layer). */
export async function retryDeliveriesAction(formData: FormData): Promise<void> {
  const org = text(formData, "org");
  const campaignId = text(formData, "campaignId");
  const deliveryId = text(formData, "deliveryId") || undefined;
  const path = dashboardPath(org, campaignId);
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  let result: string;
  try {
    result = `retried=${(await retryFailedDeliveries(user, campaignId, deliveryId)).retried}`;
  } catch (error) {
    result = `problem=${outcome(error)}`;
  }
  revalidatePath(path);
  redirect(`${path}?${result}#failed-heading`);
}

/** Send waiting letters on to the seat's current holder, for one changed official or all of them. */
export async function retargetAction(formData: FormData): Promise<void> {
  const org = text(formData, "org");
  const campaignId = text(formData, "campaignId");
  const officialId = text(formData, "officialId") || undefined;
  const path = dashboardPath(org, campaignId);
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  let result: string;
  try {
    const { moved, merged } = await retargetChangedOfficials(user, campaignId, officialId);
    result = `moved=${moved + merged}`;
  } catch (error) {
    result = `problem=${outcome(error)}`;
  }
  revalidatePath(path);
  redirect(`${path}?${result}#changed-heading`);
}
