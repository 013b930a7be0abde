import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailLocale } from "./layout";
import { confirmTargetMessages } from "./messages";

export type ConfirmTargetEmailProps = EmailLocale & {
  organizationName: string;
  /** The organizer who added the address. */
  requesterName: string;
  /** How the organizer named the recipient (a council, a mayor, an office). */
  targetName: string;
  confirmUrl: string;
  /** How long the link works. */
  days: number;
};

export function confirmTargetSubject(props: ConfirmTargetEmailProps): string {
  return confirmTargetMessages[props.locale ?? "en"].subject(props.organizationName);
}

/**
 * An organizer added this address as a recipient of a campaign's letters. Nothing is sent to it until its owner
 * confirms: the one email Chorus sends an address nobody has confirmed, saying who asked and why.
 */
export default function ConfirmTargetEmail({
  organizationName,
  requesterName,
  targetName,
  confirmUrl,
  days,
  locale = "en",
}: ConfirmTargetEmailProps) {
  const t = confirmTargetMessages[locale];
  return (
    <EmailLayout preview={t.preview(organizationName)} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading}
      </Heading>
      <Text>{t.body(requesterName, organizationName, targetName)}</Text>
      <Text>{t.why}</Text>
      <Button
        href={confirmUrl}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        {t.button}
      </Button>
      <Text>
        {t.howTo(days)} <Link href={confirmUrl}>{confirmUrl}</Link>
      </Text>
      <Text>{t.ignore}</Text>
    </EmailLayout>
  );
}
