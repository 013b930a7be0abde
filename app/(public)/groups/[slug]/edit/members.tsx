"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { groupEdit } from "../../messages";
import { addGroupMemberAction, removeGroupMemberAction } from "./actions";

export type MemberRow = { userId: string; name: string | null; email: string; role: string; isYou: boolean };

function RemoveButton({ slug, member }: { slug: string; member: MemberRow }) {
  const t = useMessages(groupEdit);
  const [state, action] = useActionState(removeGroupMemberAction, idleState);
  const who = member.name ?? member.email;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="userId" value={member.userId} />
      <button
        type="submit"
        aria-label={member.isYou ? t.leaveGroup : t.removeWho(who)}
        className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100"
      >
        {member.isYou ? t.leave : t.remove}
      </button>
      {state.status === "error" ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function MembersSection({ slug, members }: { slug: string; members: MemberRow[] }) {
  const t = useMessages(groupEdit);
  const [state, action] = useActionState(addGroupMemberAction, idleState);
  const roleError = state.fieldErrors?.role;
  return (
    <section aria-labelledby="members-heading" className="mt-12">
      <h2 id="members-heading" className="text-2xl font-semibold">
        {t.members}
      </h2>
      <p className="mt-2 text-stone-700">{t.membersIntro}</p>
      <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <span>
              <span className="font-medium">{member.name ?? member.email}</span>
              {member.isYou ? t.you : ""}
              <span className="block text-sm text-stone-600">
                {member.name ? `${member.email} · ` : ""}
                {t.roles[member.role] ?? member.role}
              </span>
            </span>
            <RemoveButton slug={slug} member={member} />
          </li>
        ))}
      </ul>

      <form action={action} noValidate className="mt-6 max-w-md rounded border border-stone-300 bg-white p-4">
        <input type="hidden" name="slug" value={slug} />
        <h3 className="mb-2 text-lg font-semibold">{t.addMember}</h3>
        <p className="mb-3 text-sm text-stone-700">{t.addIntro}</p>
        <FormMessage status={state.status} message={state.message} />
        <Field
          label={t.theirEmail}
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={state.status === "error" ? (state.values?.email ?? "") : ""}
          errors={state.fieldErrors?.email}
        />
        <fieldset className="mb-4" aria-describedby={roleError?.length ? "field-role-error" : undefined}>
          <legend className="font-medium">{t.theirRole}</legend>
          <div className="mt-1 flex items-start gap-2">
            <input
              id="role-organizer"
              type="radio"
              name="role"
              value="organizer"
              defaultChecked={state.values?.role !== "viewer"}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor="role-organizer">{t.organizerRole}</label>
          </div>
          <div className="mt-1 flex items-start gap-2">
            <input
              id="role-viewer"
              type="radio"
              name="role"
              value="viewer"
              defaultChecked={state.values?.role === "viewer"}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor="role-viewer">{t.viewerRole}</label>
          </div>
          {roleError?.length ? (
            <p id="field-role-error" className="mt-1 text-sm font-medium text-red-800">
              {roleError.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <SubmitButton pendingText={t.adding}>{t.add}</SubmitButton>
      </form>
    </section>
  );
}
