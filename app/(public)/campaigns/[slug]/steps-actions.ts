"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { markStepDone } from "@/lib/campaigns/steps";
import { campaignPagePath } from "@/lib/edge-manifest";
import { getLocale } from "@/lib/i18n/server";
import { errorState } from "@/lib/server-actions";
import { campaignPage } from "./messages";

const inputSchema = z.object({ campaign: z.string().trim().min(1).max(80), step: z.string().trim().max(64) });

/** "I did this" on a step of the campaign page: recorded for this person, then the next step in order. */
export async function markStepDoneAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const locale = await getLocale();
  const t = campaignPage[locale];
  const parsed = inputSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: t.stepNotFound };
  const user = await getSessionUser();
  if (!user) return { status: "error", message: t.signInFirst };
  let next: Awaited<ReturnType<typeof markStepDone>>;
  try {
    next = await markStepDone(user, parsed.data.campaign, parsed.data.step, locale);
  } catch (error) {
    return await errorState(error);
  }
  revalidatePath(campaignPagePath(parsed.data.campaign));
  revalidatePath("/account/journey");
  return { status: "success", message: next ? t.thanks : t.everyStepTaken, next };
}
