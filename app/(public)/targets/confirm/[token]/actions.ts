"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { confirmTargetAddress } from "@/lib/organize/target-confirmation";
import { rethrow, runAction } from "@/lib/run-action";

/** The button on the page (a POST): only this confirms, never opening the link. */
export async function confirmTargetAction(formData: FormData): Promise<void> {
  await runAction(formData, {
    // The emailed link's token is the proof: no session is read.
    session: "none",
    schema: z.object({ token: z.string().min(1).max(100) }),
    invalid: () => redirect("/"),
    run: ({ data }) => confirmTargetAddress(data.token),
    // A link that no longer works is said by the page; anything else is a real error.
    failed: (error, values) => (error instanceof AppError ? backToPage(values.token ?? "") : rethrow(error)),
    done: (_confirmed, { data }) => backToPage(data.token),
  });
}

/** The page says what now holds: confirmed, or why the link no longer works. */
function backToPage(token: string): never {
  redirect(`/targets/confirm/${encodeURIComponent(token)}`);
}
