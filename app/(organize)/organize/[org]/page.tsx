import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { getOrganizationHome, listTeam } from "@/lib/organize/organizations";
import { orNotFound, requireUser } from "../../load";
import { consoleMessages } from "../../messages";
import { SpecForm } from "../../spec-form";
import {
  changeRoleAction,
  createCampaignAction,
  inviteMemberAction,
  removeMemberAction,
  revokeInviteAction,
} from "../actions";
import { organizeMessages } from "../messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: organizeMessages[await getLocale()].organizationTitle };
}

type Props = { params: Promise<{ org: string }> };

const ROLES = ["organizer", "viewer", "owner"] as const;

export default async function OrganizationPage({ params }: Props) {
  const { org } = await params;
  const user = await requireUser(`/organize/${org}`);
  const home = await orNotFound(getOrganizationHome(user, org));
  const team = await listTeam(user, org);
  const locale = await getLocale();
  const t = organizeMessages[locale];
  const words = consoleMessages[locale];
  const roleOptions: [string, string][] = ROLES.map((role) => [role, t.roleOptions[role]]);
  const canWrite = home.role !== "viewer";
  const isOwner = home.role === "owner";
  const groups = (["published", "preview", "draft", "closed"] as const).map((status) => ({
    status,
    campaigns: home.campaigns.filter((c) => c.status === status),
  }));

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{home.name}</h1>
      <p className="mt-1 text-sm text-stone-600">{t.youAre(home.role)}</p>

      <section aria-labelledby="campaigns-heading" className="mt-8">
        <h2 id="campaigns-heading" className="text-2xl font-semibold">
          {t.campaigns}
        </h2>
        {home.campaigns.length === 0 ? <p className="mt-2 text-stone-700">{t.noCampaigns}</p> : null}
        {groups
          .filter((g) => g.campaigns.length > 0)
          .map((g) => (
            <div key={g.status} className="mt-4">
              <h3 className="text-lg font-semibold">{words.status[g.status]}</h3>
              <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
                {g.campaigns.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <Link href={`/organize/${org}/campaigns/${c.id}`} className="font-medium underline">
                      {c.title}
                    </Link>
                    <span className="text-sm text-stone-700">{words.letters(c.letters, c.goal)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        {canWrite ? (
          <div className="mt-6 max-w-md rounded border border-stone-300 bg-white p-4">
            <h3 className="mb-2 text-lg font-semibold">{t.newCampaign}</h3>
            <SpecForm
              action={createCampaignAction.bind(null, org)}
              idPrefix="new-campaign"
              submit={t.createDraft}
              pending={t.creating}
              fields={[
                {
                  name: "title",
                  label: t.campaignTitle,
                  kind: "text",
                  required: true,
                  maxLength: 120,
                  hint: t.campaignTitleHint,
                },
              ]}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="team-heading" className="mt-12">
        <h2 id="team-heading" className="text-2xl font-semibold">
          {t.team}
        </h2>
        <p className="mt-1 text-stone-700">{t.teamIntro}</p>
        <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
          {team.members.map((m) => (
            <li key={m.userId} className="p-3">
              <p>
                <span className="font-medium">{m.name ?? m.email}</span>
                {m.userId === user.id ? t.you : ""}
                <span className="block text-sm text-stone-600">
                  {m.name ? `${m.email} · ` : ""}
                  {t.roleName[m.role]}
                </span>
              </p>
              {isOwner ? (
                <div className="mt-2 flex flex-wrap items-end gap-4">
                  <SpecForm
                    action={changeRoleAction.bind(null, org, m.userId)}
                    idPrefix={`role-${m.userId}`}
                    submit={t.changeRole}
                    pending={t.changing}
                    isDanger
                    fields={[
                      {
                        name: "role",
                        label: t.roleOf(m.name ?? m.email),
                        kind: "select",
                        defaultValue: m.role,
                        options: roleOptions,
                      },
                    ]}
                  />
                  <SpecForm
                    action={removeMemberAction.bind(null, org, m.userId)}
                    idPrefix={`remove-${m.userId}`}
                    submit={m.userId === user.id ? t.leaveTeam : t.remove(m.name ?? m.email)}
                    pending={t.removing}
                    isDanger
                    fields={[]}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {team.invites && team.invites.length > 0 ? (
          <>
            <h3 className="mt-6 text-lg font-semibold">{t.invited}</h3>
            <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
              {team.invites.map((invite) => (
                <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span>
                    {invite.email} · {t.roleName[invite.role]}
                    <span className="block text-sm text-stone-600">
                      {t.linkWorksUntil(formatDate(locale, invite.expiresAt))}
                    </span>
                  </span>
                  <SpecForm
                    action={revokeInviteAction.bind(null, org, invite.id)}
                    idPrefix={`revoke-${invite.id}`}
                    submit={t.withdrawInvite(invite.email)}
                    pending={t.withdrawing}
                    isDanger
                    fields={[]}
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {isOwner ? (
          <div className="mt-6 max-w-md rounded border border-stone-300 bg-white p-4">
            <h3 className="mb-2 text-lg font-semibold">{t.inviteSomeone}</h3>
            <SpecForm
              action={inviteMemberAction.bind(null, org)}
              idPrefix="invite"
              submit={t.sendInvitation}
              pending={t.sending}
              fields={[
                {
                  name: "email",
                  label: t.theirEmail,
                  kind: "email",
                  required: true,
                  maxLength: 254,
                },
                {
                  name: "role",
                  label: t.theirRole,
                  kind: "select",
                  defaultValue: "organizer",
                  options: roleOptions,
                },
              ]}
            />
          </div>
        ) : null}
      </section>
    </div>
  );
}
