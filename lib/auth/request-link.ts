import "server-only";
import { z } from "zod";
import { type ActionState, formValues } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { askFromForm } from "@/lib/auth/link-limits";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { describeError, errorText } from "@/lib/i18n/errors";
import { getLocale } from "@/lib/i18n/server";
import { checkFormGuard } from "@/lib/security/form-guard";
import { errorState } from "@/lib/server-actions";

const SEND_FAILED = errorText.accounts.couldNotSendSignLink;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: errorText.accounts.emailAddressTooLong })
  .pipe(z.email({ message: errorText.accounts.enterEmailAddressLikeName }));

/**
 * Emails a sign-in link that brings the person back to `redirectTo`, from a public form: the form guard, then
 * Auth.js, whose sender counts the per-network and per-address limits (lib/auth/link-limits.ts) and hands a
 * refusal back here. Null when the link went out; otherwise the form's error state.
 */
export async function requestSignInLink(
  formData: FormData,
  email: string,
  redirectTo: string | undefined,
): Promise<ActionState | null> {
  try {
    checkFormGuard(formValues(formData));
  } catch (error) {
    return await errorState(error, { email });
  }
  let refusal: Error | null;
  try {
    refusal = await askFromForm(() =>
      signIn("resend", { email, redirectTo: safeRedirectPath(redirectTo), redirect: false }),
    );
  } catch (error) {
    console.error("[sign-in] could not send the link:", error instanceof Error ? error.message : error);
    return {
      ...(await errorState(null, { email })),
      message: describeError(SEND_FAILED, await getLocale()),
    };
  }
  return refusal ? await errorState(refusal, { email }) : null;
}
