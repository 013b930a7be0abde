import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { formatNumber } from "@/lib/i18n/format";
import { howItGoes, isWaitingForSupporter } from "@/lib/letters/delivery-words";
import { EmailLayout, type EmailLocale } from "./layout";
import type { ReceiptEmailTarget } from "./letter-receipt";
import { confirmLetterMessages, layoutMessages } from "./messages";

export type ConfirmLetterEmailProps = EmailLocale & {
  firstName: string;
  campaignTitle: string;
  confirmUrl: string;
  targetNames: string[];
  /** How the letter goes to each recipient (older queued emails carry only the names). */
  targets?: ReceiptEmailTarget[];
  /** The beginning of the letter as it will be sent (about 300 characters; the page shows it whole). */
  excerpt: string;
  /** How long the link works. */
  hours: number;
};

export function confirmLetterSubject(props: ConfirmLetterEmailProps): string {
  return confirmLetterMessages[props.locale ?? "en"].subject(props.campaignTitle);
}

/**
 * Nothing is delivered until the supporter follows this link. It says per recipient how the letter will go, and
 * how many wait for the supporter: never "we will deliver" a hand-off. Built by the worker when it sends it (the
 * link's token exists only here: lib/letters/letter-emails.ts).
 */
export default function ConfirmLetterEmail({
  firstName,
  campaignTitle,
  confirmUrl,
  targetNames,
  targets,
  excerpt,
  hours,
  locale = "en",
}: ConfirmLetterEmailProps) {
  const t = confirmLetterMessages[locale];
  const states = (targets ?? []).map((target) => ({
    ...target,
    facts: { channel: target.channel, status: "awaiting_confirmation" as const, handoff: target.handoff },
  }));
  const waiting = states.filter((target) => isWaitingForSupporter(target.facts)).length;
  return (
    <EmailLayout preview={t.preview} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(firstName)}
      </Heading>
      {targets ? (
        <>
          <Text>{t.introEach(campaignTitle)}</Text>
          <Section>
            {states.map((target) => (
              <Text key={`${target.name}-${target.channel}`} style={{ margin: "4px 0" }}>
                • {target.name}
                {target.title ? `, ${target.title}` : ""}: {howItGoes(locale, target.facts)}
              </Text>
            ))}
          </Section>
          {waiting > 0 ? <Text>{t.handoffs(waiting, formatNumber(locale, waiting))}</Text> : null}
        </>
      ) : (
        <Text>{t.intro(campaignTitle, targetNames.join(", "))}</Text>
      )}
      <Text style={{ fontWeight: "bold", marginBottom: "4px" }}>{t.excerptHeading}</Text>
      <Text
        style={{
          borderLeftWidth: "4px",
          borderLeftStyle: "solid",
          borderLeftColor: "#7c2d12",
          paddingLeft: "12px",
          marginTop: "0",
          color: "#292524",
          whiteSpace: "pre-line",
        }}
      >
        {excerpt}
      </Text>
      <Text>{t.seeWhole}</Text>
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
