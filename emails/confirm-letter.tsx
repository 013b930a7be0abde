import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailLocale } from "./layout";
import { confirmLetterMessages, layoutMessages } from "./messages";
import { previews } from "./testing/previews";

export type ConfirmLetterEmailProps = EmailLocale & {
  firstName: string;
  campaignTitle: string;
  confirmUrl: string;
  targetNames: string[];
  /** How long the link works. */
  hours: number;
};

export function confirmLetterSubject(props: ConfirmLetterEmailProps): string {
  return confirmLetterMessages[props.locale ?? "en"].subject(props.campaignTitle);
}

/**
 * Nothing is delivered until the supporter follows this link. Built by the worker when it sends it (the link's
 * token exists only here: lib/letters/letter-emails.ts).
 */
export default function ConfirmLetterEmail({
  firstName,
  campaignTitle,
  confirmUrl,
  targetNames,
  hours,
  locale = "en",
}: ConfirmLetterEmailProps) {
  const t = confirmLetterMessages[locale];
  return (
    <EmailLayout preview={t.preview} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(firstName)}
      </Heading>
      <Text>{t.intro(campaignTitle, targetNames.join(", "))}</Text>
      <Button
        href={confirmUrl}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        {t.button}
      </Button>
      <Text>
        {layoutMessages[locale].pasteLink} <Link href={confirmUrl}>{confirmUrl}</Link>
      </Text>
      <Text style={{ color: "#57534e" }}>{t.expiry(hours)}</Text>
    </EmailLayout>
  );
}

ConfirmLetterEmail.PreviewProps = previews["confirm-letter"];
