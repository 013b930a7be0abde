"use server";

import { z } from "zod";
import { idleState } from "@/lib/actions";
import { markHandoffDone } from "@/lib/letters/receipts";
import { runAction } from "@/lib/run-action";

/** "I sent it through their form": only the letter's author, only their own hand-off. */
export async function markHandoffDoneAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    session: "required",
    signedOut: () => idleState,
    schema: z.object({ deliveryId: z.string().max(64) }),
    invalid: () => idleState,
    run: ({ user, data }) => markHandoffDone(user, data.deliveryId),
    // Not theirs, or not a hand-off: nothing changes, and the page stays as it was.
    failed: () => idleState,
    revalidate: ({ letterId }) => [letterId ? `/letters/${letterId}` : null],
  });
}
