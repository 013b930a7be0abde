"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { getMessages } from "@/lib/i18n/server";
import { revokeOrganizationVerification, verifyOrganization } from "@/lib/organize/verification";
import { errorState } from "@/lib/server-actions";
import { operatorMessages } from "./messages";

/** The organization comes as a form field, not a bound argument; the data function re-checks the operator. */
async function decide(formData: FormData, isVerify: boolean): Promise<ActionState> {
  const values = formValues(formData);
  const user = await getSessionUser();
  try {
    if (!user) throw new AppError("NOT_FOUND", errorText.organize.pageDoesNotExist);
    await (isVerify ? verifyOrganization : revokeOrganizationVerification)(user, values.slug ?? "");
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath("/operator");
  const t = await getMessages(operatorMessages);
  return { status: "success", message: isVerify ? t.verified : t.revoked };
}

export async function verifyOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return decide(formData, true);
}

export async function revokeVerificationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return decide(formData, false);
}
