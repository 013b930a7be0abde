import { Button, Heading, Link, Text } from "@react-email/components";
import { INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { EmailLayout, type EmailLocale } from "./layout";
import { layoutMessages, replyCheckMessages } from "./messages";

export type ReplyCheckEmailProps = EmailLocale & {
  firstName: string;
  campaignTitle: string;
  /** Those the letter reached (delivered email or a contact form the supporter sent). */
  officialNames: string[];
  answerUrl: string;
  /** How long the link works. */
  days: number;
};

/**
 * "Durbin", "Durbin or Duckworth", "Durbin, Duckworth and Davis". English keeps its own joining (no serial
 * comma, as this email always read); other languages use Intl's ("Durbin, Duckworth y Davis").
 */
function listOf(locale: Locale, names: string[], type: "conjunction" | "disjunction"): string {
  if (names.length <= 1) return names[0] ?? replyCheckMessages[locale].yourOfficials;
  if (locale !== "en") return new Intl.ListFormat(INTL_LOCALE[locale], { type }).format(names);
  return `${names.slice(0, -1).join(", ")} ${type === "conjunction" ? "and" : "or"} ${names.at(-1)}`;
}

export function replyCheckSubject(props: ReplyCheckEmailProps): string {
  const locale = props.locale ?? "en";
  const names = props.officialNames;
  const who = names.length === 0 || names.length > 3 ? null : listOf(locale, names, "disjunction");
  return replyCheckMessages[locale].subject(who, props.campaignTitle);
}

/** Sent once per letter, some days after it was delivered. One question, one button, no pressure. */
export default function ReplyCheckEmail({
  firstName,
  campaignTitle,
  officialNames,
  answerUrl,
  days,
  locale = "en",
}: ReplyCheckEmailProps) {
  const t = replyCheckMessages[locale];
  return (
    <EmailLayout preview={t.preview} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(firstName)}
      </Heading>
      <Text>{t.body(campaignTitle, listOf(locale, officialNames, "conjunction"), officialNames.length)}</Text>
      <Button
        href={answerUrl}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        {t.button}
      </Button>
      <Text>
        {layoutMessages[locale].pasteLink} <Link href={answerUrl}>{answerUrl}</Link>
      </Text>
      <Text style={{ color: "#57534e" }}>{t.footer(days)}</Text>
    </EmailLayout>
  );
}
