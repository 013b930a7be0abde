"use server";

import { z } from "zod";
import type { ActionState } from "@/lib/actions";
import { markStepDone } from "@/lib/campaigns/steps";
import { campaignPagePath } from "@/lib/edge-manifest";
import { getLocale } from "@/lib/i18n/server";
import { runAction } from "@/lib/run-action";
import { errorState } from "@/lib/server-actions";
import { campaignPage } from "./messages";

const inputSchema = z.object({ campaign: z.string().trim().min(1).max(80), step: z.string().trim().max(64) });

/** "I did this" on a step of the campaign page: recorded for this person, then the next step in order. */
export async function markStepDoneAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const t = campaignPage[locale];
  return runAction(formData, {
    session: "required",
    signedOut: () => ({ status: "error", message: t.signInFirst }),
    schema: inputSchema,
    invalid: () => ({ status: "error", message: t.stepNotFound }),
    run: ({ user, data }) => markStepDone(user, data.campaign, data.step, locale),
    failed: (error) => errorState(error),
    revalidate: (_next, { data }) => [campaignPagePath(data.campaign), "/account/journey"],
    done: (next) => ({ status: "success", message: next ? t.thanks : t.everyStepTaken, next }),
  });
}
