"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, idleState } from "@/lib/actions";
import {
  createGroupOption,
  markPledge,
  OUTCOMES,
  sendShiftMessage,
  setGroupOptionOpen,
  shiftMessageSchema,
  updateGroupOption,
} from "@/lib/groups/dashboard";
import { cancelShift } from "@/lib/groups/shift-changes";
import { getMessages } from "@/lib/i18n/server";
import { runAction } from "@/lib/run-action";
import { dashboardPath, optionPath } from "./load";
import { dashboardWords } from "./messages";

const signedIn = {
  session: "required",
  signedOut: async (): Promise<ActionState> => ({
    status: "error",
    message: (await getMessages(dashboardWords)).signedOut,
  }),
} as const;

/** A slug or an id from a hidden field, as the buttons send it (the data layer finds nothing for anything else). */
const hidden = z
  .string()
  .transform((value) => value.slice(0, 200))
  .pipe(z.string().min(1));

/**
 * The buttons on the rosters: signed out, a crafted post, or a pledge or option that is not theirs to change
 * (checked in the data layer) all leave the page as it was.
 */
const unchanged = { session: "required", signedOut: () => idleState, invalid: () => idleState } as const;

/** Attended / received, missed, or undo: owners and organizers of the pledge's group only (checked in the data layer). */
export async function markPledgeAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    ...unchanged,
    schema: z.object({ slug: hidden, pledgeId: hidden, outcome: z.enum(OUTCOMES) }),
    run: ({ user, data }) => markPledge(user, data.slug, data.pledgeId, data.outcome),
    failed: () => idleState,
    revalidate: (marked, { data }) => [optionPath(data.slug, marked.optionId), dashboardPath(data.slug)],
  });
}

/** Closes an option to new pledges, or opens it again. */
export async function setOptionOpenAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    ...unchanged,
    schema: z.object({ slug: hidden, optionId: hidden, isOpen: z.string().optional() }),
    run: ({ user, data }) => setGroupOptionOpen(user, data.slug, data.optionId, data.isOpen === "true"),
    failed: () => idleState,
    revalidate: (_changed, { data }) => [optionPath(data.slug, data.optionId), dashboardPath(data.slug)],
  });
}

/** Cancels a shift and tells its volunteers; the page then says how many (or why it could not). */
export async function cancelShiftAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    ...unchanged,
    schema: z.object({ slug: hidden, optionId: hidden }),
    run: ({ user, data }) => cancelShift(user, data.slug, data.optionId),
    failed: (_error, values) =>
      redirect(`${optionPath(values.slug ?? "", values.optionId ?? "")}?cancelFailed=1`),
    revalidate: (_result, { data }) => [optionPath(data.slug, data.optionId), dashboardPath(data.slug)],
    done: (result, { data }) =>
      redirect(`${optionPath(data.slug, data.optionId)}?shiftCancelled=${result.volunteers}`),
  });
}

export async function saveOptionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: async ({ user, values }) => {
      const slug = values.slug ?? "";
      const optionId = values.optionId ?? "";
      if (optionId) await updateGroupOption(user, slug, optionId, values);
      return { slug, optionId, id: optionId || (await createGroupOption(user, slug, values)).id };
    },
    revalidate: ({ slug, id }) => [dashboardPath(slug), optionPath(slug, id)],
    done: ({ slug, optionId, id }) => redirect(`${optionPath(slug, id)}?${optionId ? "saved" : "created"}=1`),
  });
}

export async function sendShiftMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    schema: shiftMessageSchema,
    run: ({ user, data, values }) => sendShiftMessage(user, values.slug ?? "", values.optionId ?? "", data),
    done: async ({ recipients, queued }, { values }) => {
      const t = await getMessages(dashboardWords);
      return {
        status: "success",
        message: queued === 0 ? t.alreadySent(recipients) : t.sent(recipients),
        values,
      };
    },
  });
}
