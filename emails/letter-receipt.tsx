import { Heading, Link, Section, Text } from "@react-email/components";
import type { ChannelName } from "@/lib/delivery/channels";
import { formatNumber } from "@/lib/i18n/format";
import { howItGoes, isWaitingForSupporter } from "@/lib/letters/delivery-words";
import type { HandoffKind } from "@/lib/letters/handoff-kind";
import { EmailLayout, type EmailLocale } from "./layout";
import { letterReceiptMessages } from "./messages";

export type ReceiptEmailTarget = {
  name: string;
  title: string;
  channel: ChannelName;
  /** A hand-off's address: their contact form, or only their website (older queued emails lack it). */
  handoff?: HandoffKind;
};

export type LetterReceiptEmailProps = EmailLocale & {
  firstName: string;
  campaignTitle: string;
  receiptUrl: string;
  targets: ReceiptEmailTarget[];
};

export function letterReceiptSubject(props: LetterReceiptEmailProps): string {
  return letterReceiptMessages[props.locale ?? "en"].subject(props.campaignTitle);
}

/** A confirmed letter's first status on each channel: Chorus sends the automatic ones, the rest wait. */
function firstState(channel: ChannelName) {
  return { channel, status: channel === "contact_form" ? ("handoff_ready" as const) : ("queued" as const) };
}

/**
 * Exactly how each letter goes, and what is still the supporter's to do. Sent when the letter is confirmed, so
 * nothing reads as delivered yet: Chorus's letters are on their way, hand-offs wait for the supporter.
 */
export default function LetterReceiptEmail({
  firstName,
  campaignTitle,
  receiptUrl,
  targets,
  locale = "en",
}: LetterReceiptEmailProps) {
  const t = letterReceiptMessages[locale];
  const handoffs = targets.filter((target) => isWaitingForSupporter(firstState(target.channel)));
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
            {howItGoes(locale, { ...firstState(target.channel), handoff: target.handoff })}
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
