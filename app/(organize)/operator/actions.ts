"use server";

import type { ActionState } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { getMessages } from "@/lib/i18n/server";
import { revokeOrganizationVerification, verifyOrganization } from "@/lib/organize/verification";
import { runAction } from "@/lib/run-action";
import { errorState } from "@/lib/server-actions";
import { operatorMessages } from "./messages";

/** The organization comes as a form field, not a bound argument; the data function re-checks the operator. */
async function decide(formData: FormData, isVerify: boolean): Promise<ActionState> {
  return runAction(formData, {
    session: "required",
    // Signed out reads like any other page that is not there for them.
    signedOut: (values) => errorState(new AppError("NOT_FOUND", errorText.organize.pageDoesNotExist), values),
    run: ({ user, values }) =>
      (isVerify ? verifyOrganization : revokeOrganizationVerification)(user, values.slug ?? ""),
    revalidate: ["/operator"],
    done: async () => {
      const t = await getMessages(operatorMessages);
      return { status: "success", message: isVerify ? t.verified : t.revoked };
    },
  });
}

export async function verifyOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return decide(formData, true);
}

export async function revokeVerificationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return decide(formData, false);
}
