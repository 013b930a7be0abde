import { Heading, Link, Section, Text } from "@react-email/components";
import type { ChannelName } from "@/lib/delivery/channels";
import { formatNumber } from "@/lib/i18n/format";
import { EmailLayout, type EmailLocale } from "./layout";
import { letterReceiptMessages } from "./messages";
import { previews } from "./testing/previews";

export type LetterReceiptEmailProps = EmailLocale & {
  firstName: string;
  campaignTitle: string;
  receiptUrl: string;
  targets: { name: string; title: string; channel: ChannelName }[];
};

export function letterReceiptSubject(props: LetterReceiptEmailProps): string {
  return letterReceiptMessages[props.locale ?? "en"].subject(props.campaignTitle);
}

/** Exactly what went where, and what is still the supporter's to do. Never says "sent" for a hand-off. */
export default function LetterReceiptEmail({
  firstName,
  campaignTitle,
  receiptUrl,
  targets,
  locale = "en",
}: LetterReceiptEmailProps) {
  const t = letterReceiptMessages[locale];
  const handoffs = targets.filter((target) => target.channel === "contact_form");
  return (
    <EmailLayout preview={t.preview} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(firstName)}
      </Heading>
      <Text>{t.goesTo(campaignTitle)}</Text>
      <Section>
        {targets.map((target) => (
          <Text key={`${target.name}-${target.channel}`} style={{ margin: "4px 0" }}>
            • {target.name}
            {target.title ? `, ${target.title}` : ""}:{" "}
            {target.channel === "email" ? t.byEmail : t.byContactForm}
          </Text>
        ))}
      </Section>
      {handoffs.length > 0 ? (
        <Text>{t.handoffs(handoffs.length, formatNumber(locale, handoffs.length))}</Text>
      ) : null}
      <Text>
        <Link href={receiptUrl}>{t.receiptLink}</Link>
      </Text>
    </EmailLayout>
  );
}

LetterReceiptEmail.PreviewProps = previews["letter-receipt"];
