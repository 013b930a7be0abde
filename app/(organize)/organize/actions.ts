"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, formValues } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { campaignPagePath } from "@/lib/edge-manifest";
import { getLocale, getMessages } from "@/lib/i18n/server";
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
import { endPreview, startPreview, turnOffPreviewLink } from "@/lib/organize/preview";
import { resendTargetConfirmation } from "@/lib/organize/target-confirmation";
import { errorState } from "@/lib/server-actions";
import { actionMessages } from "./actions.messages";

type Done = Exclude<keyof (typeof actionMessages)["en"], "openedAlerted">;

async function signedOutState(): Promise<ActionState> {
  return { status: "error", message: (await getMessages(actionMessages)).signedOut };
}

/** Every action: the caller is re-checked here and again by the data function (role in the query). */
async function run(
  formData: FormData,
  work: (
    user: NonNullable<Awaited<ReturnType<typeof getSessionUser>>>,
    values: Record<string, string>,
  ) => Promise<unknown>,
  done: { said: Done; paths: string[] },
): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return await signedOutState();
  const values = formValues(formData);
  try {
    await work(user, values);
  } catch (error) {
    return await errorState(error, values);
  }
  for (const path of done.paths) revalidatePath(path);
  return { status: "success", message: (await getMessages(actionMessages))[done.said] };
}

const builder = (org: string, id: string) => `/organize/${org}/campaigns/${id}`;

export async function createOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return await signedOutState();
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
  return run(
    formData,
    async (user, v) => inviteMember(user, org, { email: v.email, role: v.role }, await getLocale()),
    {
      said: "invited",
      paths: [`/organize/${org}`],
    },
  );
}

export async function revokeInviteAction(
  org: string,
  inviteId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user) => revokeInvite(user, org, inviteId), {
    said: "inviteWithdrawn",
    paths: [`/organize/${org}`],
  });
}

export async function changeRoleAction(org: string, userId: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => changeMemberRole(user, org, userId, v.role ?? ""), {
    said: "roleChanged",
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
  if (!user) return await signedOutState();
  const state = await run(formData, (actor) => removeMember(actor, org, userId), {
    said: "memberRemoved",
    paths: [`/organize/${org}`],
  });
  if (state.status === "success" && userId === user.id) redirect("/organize");
  return state;
}

export async function acceptInviteAction(token: string, _prev: ActionState, _formData: FormData) {
  const user = await getSessionUser();
  if (!user) return await signedOutState();
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
  if (!user) return await signedOutState();
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
  if (!user) return await signedOutState();
  const values = formValues(formData);
  let slug: string;
  try {
    ({ slug } = await updateCampaignBasics(user, id, values));
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(builder(org, id));
  revalidatePath(campaignPagePath(slug));
  return { status: "success" as const, message: (await getMessages(actionMessages)).saved };
}

export async function addRuleTargetAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => addRuleTarget(user, id, v.rule ?? ""), {
    said: "targetAdded",
    paths: [builder(org, id)],
  });
}

export async function addCustomTargetAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  const user = await getSessionUser();
  if (!user) return await signedOutState();
  const values = formValues(formData);
  let isConfirmed: boolean;
  try {
    ({ isConfirmed } = await addCustomTarget(user, id, values, await getLocale()));
  } catch (error) {
    return await errorState(error, values);
  }
  revalidatePath(builder(org, id));
  const t = await getMessages(actionMessages);
  return {
    status: "success" as const,
    message: isConfirmed ? t.targetAdded : t.targetAddedAwaitingConfirmation,
  };
}

/** "Send it again": a new confirmation link to a custom target's address that is still waiting. */
export async function resendTargetConfirmationAction(
  org: string,
  id: string,
  targetId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, async (user) => resendTargetConfirmation(user, id, targetId, await getLocale()), {
    said: "confirmationResent",
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
    said: "officialAdded",
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
    said: "targetRemoved",
    paths: [builder(org, id)],
  });
}

export async function saveTemplateAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user, v) => saveTemplate(user, id, templateInputFromForm(v)), {
    said: "letterSaved",
    paths: [builder(org, id)],
  });
}

export async function publishAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => publishCampaign(user, id), {
    said: "published",
    paths: [builder(org, id), `/organize/${org}`, "/"],
  });
}

export async function startPreviewAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => startPreview(user, id), {
    said: "previewStarted",
    paths: [builder(org, id), `/organize/${org}`],
  });
}

export async function endPreviewAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => endPreview(user, id), {
    said: "previewEnded",
    paths: [builder(org, id), `/organize/${org}`],
  });
}

export async function turnOffPreviewLinkAction(
  org: string,
  id: string,
  _prev: ActionState,
  formData: FormData,
) {
  return run(formData, (user) => turnOffPreviewLink(user, id), {
    said: "previewLinkTurnedOff",
    paths: [builder(org, id)],
  });
}

export async function closeAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return run(formData, (user) => closeCampaign(user, id), {
    said: "closed",
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
    said: resourceId ? "resourceSaved" : "resourceAdded",
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
    said: "resourceRemoved",
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
    said: voiceId ? "voiceSaved" : "voiceAdded",
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
    said: "voiceRemoved",
    paths: [builder(org, id)],
  });
}
