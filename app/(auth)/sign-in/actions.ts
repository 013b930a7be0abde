"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ActionState, errorState, formValues, parseForm } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { checkFormGuard } from "@/lib/security/form-guard";
import { clientIp, hitLimit, LIMITS } from "@/lib/security/rate-limit";

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { message: "That email address is too long." })
    .pipe(z.email({ message: "Please enter an email address like name@example.org." })),
  redirectTo: z.string().max(500).optional(),
});

export async function requestSignInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return parsed.state;
  try {
    checkFormGuard(formValues(formData));
    const ip = clientIp(await headers());
    if (ip) await hitLimit(LIMITS.signInPerIp, ip);
    await hitLimit(LIMITS.signInPerEmail, parsed.data.email);
  } catch (error) {
    return errorState(error, { email: parsed.data.email });
  }
  try {
    await signIn("resend", {
      email: parsed.data.email,
      redirectTo: safeRedirectPath(parsed.data.redirectTo),
      redirect: false,
    });
  } catch (error) {
    console.error("[sign-in] could not send the link:", error instanceof Error ? error.message : error);
    return {
      ...errorState(null, { email: parsed.data.email }),
      message: "We could not send your sign-in link just now. Please try again in a few minutes.",
    };
  }
  redirect("/sign-in/check-email");
}
