import { Heading, Link, Text } from "@react-email/components";
import { formatShiftTime, type ShiftTime } from "./format";
import { EmailLayout, type EmailLocale } from "./layout";
import { shiftMessages, volunteerMessageMessages } from "./messages";

export type VolunteerMessageEmailProps = EmailLocale & {
  name: string;
  groupName: string;
  /** The organizer's name; null when their account has none ("an organizer", in the email's language). */
  senderName: string | null;
  optionTitle: string;
  when: string | null;
  subject: string;
  /** Plain text as the organizer typed it; paragraphs are split on blank lines. */
  body: string;
  manageUrl: string;
  /** The facts behind `when`, to write it in another language. */
  shift?: ShiftTime | null;
};

export function volunteerMessageSubject(props: VolunteerMessageEmailProps): string {
  return `${props.subject} (${props.groupName})`;
}

/** A group's message to the volunteers of one shift. Replies go to the organizer who sent it (Reply-To). */
export default function VolunteerMessageEmail({
  name,
  groupName,
  senderName: givenName,
  optionTitle,
  when: whenInEnglish,
  subject,
  body,
  manageUrl,
  shift,
  locale = "en",
}: VolunteerMessageEmailProps) {
  const t = volunteerMessageMessages[locale];
  const senderName = givenName ?? t.anOrganizer;
  const when = locale !== "en" && shift ? formatShiftTime(locale, shift) : whenInEnglish;
  const paragraphs = body.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <EmailLayout preview={`${groupName}: ${subject}`} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {subject}
      </Heading>
      <Text style={{ color: "#57534e" }}>{t.intro(name, senderName, groupName, optionTitle, when)}</Text>
      {paragraphs.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs never move within one email
        <Text key={index} style={{ whiteSpace: "pre-line" }}>
          {paragraph}
        </Text>
      ))}
      <Text style={{ color: "#57534e" }}>
        {t.reply(senderName)} {shiftMessages[locale].cancel} <Link href={manageUrl}>{manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
