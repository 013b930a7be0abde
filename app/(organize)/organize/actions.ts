"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import {
  addCustomTarget,
  addOfficialTarget,
  addRuleTarget,
  closeCampaign,
  createCampaign,
  publishCampaign,
  removeTarget,
  saveTemplate,
  templateInputFromForm,
  updateCampaignBasics,
} from "@/lib/organize/campaigns";
import { removeResource, removeVoice, saveResource, saveVoice } from "@/lib/organize/content";
import {
  acceptInvite,
  changeMemberRole,
  createOrganization,
  inviteMember,
  removeMember,
  revokeInvite,
} from "@/lib/organize/organizations";
import { endPreview, startPreview } from "@/lib/organize/preview";
import { errorState } from "@/lib/server-actions";

const signedOut: ActionState = { status: "error", message: "Your session has ended. Please sign in again." };

/** Every action: the caller is re-checked here and again by the data function (role in the query). */
async function run(
  formData: FormData,
  work: (
    user: NonNullable<Awaited<ReturnType<typeof getSessionUser>>>,
    values: Record<string, string>,
  ) => Promise<unknown>,
  done: { message: string; paths: string[] },
): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const values = formValues(formData);
  try {
    await work(user, values);
  } catch (error) {
    return await errorState(error, values);
  }
  for (const path of done.paths) revalidatePath(path);
  return { status: "success", message: done.message };
}

const builder = (org: string, id: string) => `/organize/${org}/campaigns/${id}`;

export async function createOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const values = formValues(formData);
  let slug: string;
  try {
    ({ slug } = await createOrganization(user, { name: values.name, slug: values.slug }));
  } catch (error) {
    return await errorState(error, values);
  }
  redirect(`/organize/${slug}`);
}

export async function inviteMemberAction(org: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => inviteMember(user, org, { email: v.email, role: v.role }), {
    message: "Invitation sent. It works for 7 days.",
    paths: [`/organize/${org}`],
  });
}

export async function revokeInviteAction(
  org: string,
  inviteId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user) => revokeInvite(user, org, inviteId), {
    message: "Invitation withdrawn.",
    paths: [`/organize/${org}`],
  });
}

export async function changeRoleAction(org: string, userId: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => changeMemberRole(user, org, userId, v.role ?? ""), {
    message: "Role changed.",
    paths: [`/organize/${org}`],
  });
}

export async function removeMemberAction(
  org: string,
  userId: string,
  _prev: ActionState,
  formData: FormData,
) {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const state = await run(formData, (actor) => removeMember(actor, org, userId), {
    message: "Removed from the team.",
    paths: [`/organize/${org}`],
  });
  if (state.status === "success" && userId === user.id) redirect("/organize");
  return state;
}

export async function acceptInviteAction(token: string, _prev: ActionState, _formData: FormData) {
  const user = await getSessionUser();
  if (!user) return signedOut;
  let slug: string;
  try {
    ({ organizationSlug: slug } = await acceptInvite(user, token));
  } catch (error) {
    return await errorState(error);
  }
  revalidatePath("/organize");
  redirect(`/organize/${slug}`);
}

export async function createCampaignAction(
  org: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const values = formValues(formData);
  let id: string;
  try {
    ({ id } = await createCampaign(user, org, { title: values.title }));
  } catch (error) {
    return await errorState(error, values);
  }
  redirect(builder(org, id));
}

export async function saveBasicsAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  const user = await getSessionUser();
  if (!user) return signedOut;
  const values = formValues(formData);
  let slug: string;
  try {
    ({ slug } = await updateCampaignBasics(user, id, values));
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(builder(org, id));
  revalidatePath(`/campaigns/${slug}`);
  return { status: "success" as const, message: "Saved." };
}

export async function addRuleTargetAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => addRuleTarget(user, id, v.rule ?? ""), {
    message: "Target added.",
    paths: [builder(org, id)],
  });
}

export async function addCustomTargetAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => addCustomTarget(user, id, v), {
    message: "Target added.",
    paths: [builder(org, id)],
  });
}

export async function addOfficialTargetAction(
  org: string,
  id: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user, v) => addOfficialTarget(user, id, v.officialId ?? ""), {
    message: "Official added.",
    paths: [builder(org, id)],
  });
}

export async function removeTargetAction(
  org: string,
  id: string,
  targetId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user) => removeTarget(user, id, targetId), {
    message: "Target removed.",
    paths: [builder(org, id)],
  });
}

export async function saveTemplateAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => saveTemplate(user, id, templateInputFromForm(v)), {
    message: "Letter saved.",
    paths: [builder(org, id)],
  });
}

export async function publishAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => publishCampaign(user, id), {
    message: "Published. Supporters can write on it now.",
    paths: [builder(org, id), `/organize/${org}`, "/"],
  });
}

export async function startPreviewAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => startPreview(user, id), {
    message: "In preview. Share the preview link with your team and reviewers.",
    paths: [builder(org, id), `/organize/${org}`],
  });
}

export async function endPreviewAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => endPreview(user, id), {
    message: "Back to draft. The preview link no longer works.",
    paths: [builder(org, id), `/organize/${org}`],
  });
}

export async function closeAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => closeCampaign(user, id), {
    message: "Closed. Its page stays up, marked closed.",
    paths: [builder(org, id), `/organize/${org}`, "/"],
  });
}

export async function saveResourceAction(
  org: string,
  id: string,
  resourceId: string | null,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user, v) => saveResource(user, id, resourceId, v), {
    message: resourceId ? "Resource saved." : "Resource added.",
    paths: [builder(org, id)],
  });
}

export async function removeResourceAction(
  org: string,
  id: string,
  resourceId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user) => removeResource(user, id, resourceId), {
    message: "Resource removed.",
    paths: [builder(org, id)],
  });
}

export async function saveVoiceAction(
  org: string,
  id: string,
  voiceId: string | null,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user, v) => saveVoice(user, id, voiceId, v), {
    message: voiceId ? "Voice saved." : "Voice added.",
    paths: [builder(org, id)],
  });
}

export async function removeVoiceAction(
  org: string,
  id: string,
  voiceId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user) => removeVoice(user, id, voiceId), {
    message: "Voice removed.",
    paths: [builder(org, id)],
  });
}
