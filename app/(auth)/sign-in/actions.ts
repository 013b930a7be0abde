"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/actions";
import { emailSchema, requestSignInLink } from "@/lib/auth/request-link";
import { runAction } from "@/lib/run-action";

const signInSchema = z.object({
  email: emailSchema,
  redirectTo: z.string().max(500).optional(),
});

export async function requestSignInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    session: "none",
    schema: signInSchema,
    // The failure is a state of its own (a limit, the form guard, a send that failed), not a thrown error.
    run: ({ data }) => requestSignInLink(formData, data.email, data.redirectTo),
    done: (failed) => failed ?? redirect("/sign-in/check-email"),
  });
}
