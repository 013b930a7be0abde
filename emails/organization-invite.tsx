import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type OrganizationInviteEmailProps = {
  organizationName: string;
  inviterName: string;
  role: "owner" | "organizer" | "viewer";
  acceptUrl: string;
  /** How long the link works. */
  days: number;
};

const ROLE_WORDS: Record<OrganizationInviteEmailProps["role"], string> = {
  owner: "an owner (build campaigns and manage the team)",
  organizer: "an organizer (build and run campaigns)",
  viewer: "a viewer (see campaigns and their results)",
};

export function organizationInviteSubject(props: OrganizationInviteEmailProps): string {
  return `Join ${props.organizationName} on Chorus`;
}

/** An owner invited someone to their organization's team. The link works once, for this address only. */
export default function OrganizationInviteEmail({
  organizationName,
  inviterName,
  role,
  acceptUrl,
  days,
}: OrganizationInviteEmailProps) {
  return (
    <EmailLayout preview={`${inviterName} invited you to organize with ${organizationName}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Join {organizationName}
      </Heading>
      <Text>
        {inviterName} invited you to join {organizationName} on Chorus as {ROLE_WORDS[role]}.
      </Text>
      <Button
        href={acceptUrl}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        Accept the invitation
      </Button>
      <Text>
        Sign in with this email address to accept. The link works for {days} days. If the button doesn't work,
        copy this address into your browser: <Link href={acceptUrl}>{acceptUrl}</Link>
      </Text>
      <Text>
        If you weren't expecting this, you can ignore this email: nothing happens unless you accept.
      </Text>
    </EmailLayout>
  );
}

OrganizationInviteEmail.PreviewProps = {
  organizationName: "Neighbors for Fair Housing",
  inviterName: "Ana Rivera",
  role: "organizer",
  acceptUrl: "http://localhost:3000/organize/invites/TOKEN",
  days: 7,
} satisfies OrganizationInviteEmailProps;
