import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailLocale } from "./layout";
import { letterAlreadySentMessages } from "./messages";

export type LetterAlreadySentEmailProps = EmailLocale & { campaignTitle: string; receiptUrl: string };

export function letterAlreadySentSubject(props: LetterAlreadySentEmailProps): string {
  return letterAlreadySentMessages[props.locale ?? "en"].subject(props.campaignTitle);
}

/** Told by email, not on the page, so nobody learns from the site whether an address has written before. */
export default function LetterAlreadySentEmail({
  campaignTitle,
  receiptUrl,
  locale = "en",
}: LetterAlreadySentEmailProps) {
  const t = letterAlreadySentMessages[locale];
  return (
    <EmailLayout preview={t.preview} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading}
      </Heading>
      <Text>{t.body(campaignTitle)}</Text>
      <Text>
        <Link href={receiptUrl}>{t.letterLink}</Link>
      </Text>
    </EmailLayout>
  );
}
