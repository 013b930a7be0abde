"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/actions";
import { emailSchema, requestSignInLink } from "@/lib/auth/request-link";
import { parseForm } from "@/lib/server-actions";

const signInSchema = z.object({
  email: emailSchema,
  redirectTo: z.string().max(500).optional(),
});

export async function requestSignInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = await parseForm(signInSchema, formData);
  if (!parsed.ok) return parsed.state;
  const failed = await requestSignInLink(formData, parsed.data.email, parsed.data.redirectTo);
  if (failed) return failed;
  redirect("/sign-in/check-email");
}
