import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailLocale } from "./layout";
import { organizationInviteMessages } from "./messages";

export type OrganizationInviteEmailProps = EmailLocale & {
  organizationName: string;
  inviterName: string;
  role: "owner" | "organizer" | "viewer";
  acceptUrl: string;
  /** How long the link works. */
  days: number;
};

export function organizationInviteSubject(props: OrganizationInviteEmailProps): string {
  return organizationInviteMessages[props.locale ?? "en"].subject(props.organizationName);
}

/** An owner invited someone to their organization's team. The link works once, for this address only. */
export default function OrganizationInviteEmail({
  organizationName,
  inviterName,
  role,
  acceptUrl,
  days,
  locale = "en",
}: OrganizationInviteEmailProps) {
  const t = organizationInviteMessages[locale];
  return (
    <EmailLayout preview={t.preview(inviterName, organizationName)} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(organizationName)}
      </Heading>
      <Text>{t.body(inviterName, organizationName, t.roles[role])}</Text>
      <Button
        href={acceptUrl}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        {t.button}
      </Button>
      <Text>
        {t.howTo(days)} <Link href={acceptUrl}>{acceptUrl}</Link>
      </Text>
      <Text>{t.ignore}</Text>
    </EmailLayout>
  );
}
