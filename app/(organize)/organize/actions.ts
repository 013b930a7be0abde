"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions";
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
import { runAction } from "@/lib/run-action";
import { errorState } from "@/lib/server-actions";
import { actionMessages } from "./actions.messages";

type Done = Exclude<keyof (typeof actionMessages)["en"], "openedAlerted">;

/** Every action: the caller is re-checked here (runAction) and again by the data function (role in the query). */
const signedIn = {
  session: "required",
  signedOut: async (): Promise<ActionState> => ({
    status: "error",
    message: (await getMessages(actionMessages)).signedOut,
  }),
} as const;

async function said(done: Done): Promise<ActionState> {
  return { status: "success", message: (await getMessages(actionMessages))[done] };
}

const builder = (org: string, id: string) => `/organize/${org}/campaigns/${id}`;

export async function createOrganizationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) => createOrganization(user, { name: values.name, slug: values.slug }),
    done: ({ slug }) => redirect(`/organize/${slug}`),
  });
}

export async function inviteMemberAction(org: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: async ({ user, values: v }) =>
      inviteMember(user, org, { email: v.email, role: v.role }, await getLocale()),
    revalidate: [`/organize/${org}`],
    done: () => said("invited"),
  });
}

export async function revokeInviteAction(
  org: string,
  inviteId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => revokeInvite(user, org, inviteId),
    revalidate: [`/organize/${org}`],
    done: () => said("inviteWithdrawn"),
  });
}

export async function changeRoleAction(org: string, userId: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) => changeMemberRole(user, org, userId, v.role ?? ""),
    revalidate: [`/organize/${org}`],
    done: () => said("roleChanged"),
  });
}

export async function removeMemberAction(
  org: string,
  userId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => removeMember(user, org, userId),
    revalidate: [`/organize/${org}`],
    // Someone who left the team can no longer see its page.
    done: (_removed, { user }) => (userId === user.id ? redirect("/organize") : said("memberRemoved")),
  });
}

export async function acceptInviteAction(token: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => acceptInvite(user, token),
    failed: (error) => errorState(error),
    revalidate: ["/organize"],
    done: ({ organizationSlug }) => redirect(`/organize/${organizationSlug}`),
  });
}

export async function createCampaignAction(
  org: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) => createCampaign(user, org, { title: values.title }),
    done: ({ id }) => redirect(builder(org, id)),
  });
}

export async function saveBasicsAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values }) => updateCampaignBasics(user, id, values),
    revalidate: ({ slug }) => [builder(org, id), campaignPagePath(slug)],
    done: () => said("saved"),
  });
}

export async function addRuleTargetAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) => addRuleTarget(user, id, v.rule ?? ""),
    revalidate: [builder(org, id)],
    done: () => said("targetAdded"),
  });
}

export async function addCustomTargetAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: async ({ user, values }) => addCustomTarget(user, id, values, await getLocale()),
    revalidate: [builder(org, id)],
    done: ({ isConfirmed }) => said(isConfirmed ? "targetAdded" : "targetAddedAwaitingConfirmation"),
  });
}

/** "Send it again": a new confirmation link to a custom target's address that is still waiting. */
export async function resendTargetConfirmationAction(
  org: string,
  id: string,
  targetId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: async ({ user }) => resendTargetConfirmation(user, id, targetId, await getLocale()),
    revalidate: [builder(org, id)],
    done: () => said("confirmationResent"),
  });
}

export async function addOfficialTargetAction(
  org: string,
  id: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) => addOfficialTarget(user, id, v.officialId ?? ""),
    revalidate: [builder(org, id)],
    done: () => said("officialAdded"),
  });
}

export async function removeTargetAction(
  org: string,
  id: string,
  targetId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => removeTarget(user, id, targetId),
    revalidate: [builder(org, id)],
    done: () => said("targetRemoved"),
  });
}

export async function saveTemplateAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) => saveTemplate(user, id, templateInputFromForm(v)),
    revalidate: [builder(org, id)],
    done: () => said("letterSaved"),
  });
}

export async function publishAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => publishCampaign(user, id),
    revalidate: [builder(org, id), `/organize/${org}`, "/"],
    done: () => said("published"),
  });
}

export async function startPreviewAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => startPreview(user, id),
    revalidate: [builder(org, id), `/organize/${org}`],
    done: () => said("previewStarted"),
  });
}

export async function endPreviewAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => endPreview(user, id),
    revalidate: [builder(org, id), `/organize/${org}`],
    done: () => said("previewEnded"),
  });
}

export async function turnOffPreviewLinkAction(
  org: string,
  id: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => turnOffPreviewLink(user, id),
    revalidate: [builder(org, id)],
    done: () => said("previewLinkTurnedOff"),
  });
}

export async function closeAction(org: string, id: string, _prev: ActionState, formData: FormData) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => closeCampaign(user, id),
    revalidate: [builder(org, id), `/organize/${org}`, "/"],
    done: () => said("closed"),
  });
}

export async function saveResourceAction(
  org: string,
  id: string,
  resourceId: string | null,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) => saveResource(user, id, resourceId, v),
    revalidate: [builder(org, id)],
    done: () => said(resourceId ? "resourceSaved" : "resourceAdded"),
  });
}

export async function removeResourceAction(
  org: string,
  id: string,
  resourceId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => removeResource(user, id, resourceId),
    revalidate: [builder(org, id)],
    done: () => said("resourceRemoved"),
  });
}

export async function saveVoiceAction(
  org: string,
  id: string,
  voiceId: string | null,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user, values: v }) => saveVoice(user, id, voiceId, v),
    revalidate: [builder(org, id)],
    done: () => said(voiceId ? "voiceSaved" : "voiceAdded"),
  });
}

export async function removeVoiceAction(
  org: string,
  id: string,
  voiceId: string,
  _prev: ActionState,
  formData: FormData,
) {
  return runAction(formData, {
    ...signedIn,
    run: ({ user }) => removeVoice(user, id, voiceId),
    revalidate: [builder(org, id)],
    done: () => said("voiceRemoved"),
  });
}
