"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { markStepDone } from "@/lib/campaigns/steps";
import { errorState } from "@/lib/server-actions";

const inputSchema = z.object({ campaign: z.string().trim().min(1).max(80), step: z.string().trim().max(64) });

/** "I did this" on a step of the campaign page: recorded for this person, then the next step in order. */
export async function markStepDoneAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const parsed = inputSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "We couldn't find that step." };
  const user = await getSessionUser();
  if (!user) return { status: "error", message: "Please sign in first, so we can remember it for you." };
  let next: Awaited<ReturnType<typeof markStepDone>>;
  try {
    next = await markStepDone(user, parsed.data.campaign, parsed.data.step);
  } catch (error) {
    return await errorState(error);
  }
  revalidatePath(`/campaigns/${parsed.data.campaign}`);
  revalidatePath("/account/journey");
  return { status: "success", message: next ? "Thank you." : "Thank you: you have taken every step.", next };
}
