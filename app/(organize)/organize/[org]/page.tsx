import type { Metadata } from "next";
import Link from "next/link";
import { getOrganizationHome, listTeam } from "@/lib/organize/organizations";
import { lettersText, orNotFound, requireUser, STATUS_NAMES } from "../../load";
import { SpecForm } from "../../spec-form";
import {
  changeRoleAction,
  createCampaignAction,
  inviteMemberAction,
  removeMemberAction,
  revokeInviteAction,
} from "../actions";

export const metadata: Metadata = { title: "Organization" };

type Props = { params: Promise<{ org: string }> };

const ROLE_OPTIONS: [string, string][] = [
  ["organizer", "Organizer: builds and runs campaigns"],
  ["viewer", "Viewer: sees campaigns and results, changes nothing"],
  ["owner", "Owner: everything, and manages the team"],
];

export default async function OrganizationPage({ params }: Props) {
  const { org } = await params;
  const user = await requireUser(`/organize/${org}`);
  const home = await orNotFound(getOrganizationHome(user, org));
  const team = await listTeam(user, org);
  const canWrite = home.role !== "viewer";
  const isOwner = home.role === "owner";
  const groups = (["published", "preview", "draft", "closed"] as const).map((status) => ({
    status,
    campaigns: home.campaigns.filter((c) => c.status === status),
  }));

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{home.name}</h1>
      <p className="mt-1 text-sm text-stone-600">You are {isOwner ? "an owner" : `a ${home.role}`}.</p>

      <section aria-labelledby="campaigns-heading" className="mt-8">
        <h2 id="campaigns-heading" className="text-2xl font-semibold">
          Campaigns
        </h2>
        {home.campaigns.length === 0 ? <p className="mt-2 text-stone-700">No campaigns yet.</p> : null}
        {groups
          .filter((g) => g.campaigns.length > 0)
          .map((g) => (
            <div key={g.status} className="mt-4">
              <h3 className="text-lg font-semibold">{STATUS_NAMES[g.status]}</h3>
              <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
                {g.campaigns.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <Link href={`/organize/${org}/campaigns/${c.id}`} className="font-medium underline">
                      {c.title}
                    </Link>
                    <span className="text-sm text-stone-700">{lettersText(c.letters, c.goal)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        {canWrite ? (
          <div className="mt-6 max-w-md rounded border border-stone-300 bg-white p-4">
            <h3 className="mb-2 text-lg font-semibold">New campaign</h3>
            <SpecForm
              action={createCampaignAction.bind(null, org)}
              idPrefix="new-campaign"
              submit="Create a draft"
              pending="Creating…"
              fields={[
                {
                  name: "title",
                  label: "Campaign title",
                  kind: "text",
                  required: true,
                  maxLength: 120,
                  hint: "You can change everything later; nobody sees it until you publish.",
                },
              ]}
            />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="team-heading" className="mt-12">
        <h2 id="team-heading" className="text-2xl font-semibold">
          Team
        </h2>
        <p className="mt-1 text-stone-700">
          Owners manage the team; organizers build and run campaigns; viewers can see everything and change
          nothing.
        </p>
        <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
          {team.members.map((m) => (
            <li key={m.userId} className="p-3">
              <p>
                <span className="font-medium">{m.name ?? m.email}</span>
                {m.userId === user.id ? " (you)" : ""}
                <span className="block text-sm text-stone-600">
                  {m.name ? `${m.email} · ` : ""}
                  {m.role}
                </span>
              </p>
              {isOwner ? (
                <div className="mt-2 flex flex-wrap items-end gap-4">
                  <SpecForm
                    action={changeRoleAction.bind(null, org, m.userId)}
                    idPrefix={`role-${m.userId}`}
                    submit="Change role"
                    pending="Changing…"
                    isDanger
                    fields={[
                      {
                        name: "role",
                        label: `Role of ${m.name ?? m.email}`,
                        kind: "select",
                        defaultValue: m.role,
                        options: ROLE_OPTIONS,
                      },
                    ]}
                  />
                  <SpecForm
                    action={removeMemberAction.bind(null, org, m.userId)}
                    idPrefix={`remove-${m.userId}`}
                    submit={m.userId === user.id ? "Leave the team" : `Remove ${m.name ?? m.email}`}
                    pending="Removing…"
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
            <h3 className="mt-6 text-lg font-semibold">Invited</h3>
            <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
              {team.invites.map((invite) => (
                <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span>
                    {invite.email} · {invite.role}
                    <span className="block text-sm text-stone-600">
                      Link works until {invite.expiresAt.toLocaleDateString("en-US", { dateStyle: "medium" })}
                    </span>
                  </span>
                  <SpecForm
                    action={revokeInviteAction.bind(null, org, invite.id)}
                    idPrefix={`revoke-${invite.id}`}
                    submit={`Withdraw the invitation to ${invite.email}`}
                    pending="Withdrawing…"
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
            <h3 className="mb-2 text-lg font-semibold">Invite someone</h3>
            <SpecForm
              action={inviteMemberAction.bind(null, org)}
              idPrefix="invite"
              submit="Send invitation"
              pending="Sending…"
              fields={[
                {
                  name: "email",
                  label: "Their email address",
                  kind: "email",
                  required: true,
                  maxLength: 254,
                },
                {
                  name: "role",
                  label: "Their role",
                  kind: "select",
                  defaultValue: "organizer",
                  options: ROLE_OPTIONS,
                },
              ]}
            />
          </div>
        ) : null}
      </section>
    </div>
  );
}
