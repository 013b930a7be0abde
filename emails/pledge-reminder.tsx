import { Heading, Link, Text } from "@react-email/components";
import { formatShiftTime, type ShiftTime } from "./format";
import { EmailLayout, type EmailLocale } from "./layout";
import { pledgeReminderMessages, shiftMessages } from "./messages";

export type PledgeReminderEmailProps = EmailLocale & {
  name: string;
  groupName: string;
  optionTitle: string;
  when: string;
  location: string | null;
  manageUrl: string;
  /** The facts behind `when` and an online `location`, to write them in another language. */
  shift?: ShiftTime | null;
  isRemote?: boolean;
};

export function pledgeReminderSubject(props: PledgeReminderEmailProps): string {
  return pledgeReminderMessages[props.locale ?? "en"].subject(props.optionTitle, props.groupName);
}

/** Sent about 24 hours before a shift, once (its idempotency key), only if the pledge still stands. */
export default function PledgeReminderEmail({
  name,
  groupName,
  optionTitle,
  when: whenInEnglish,
  location: locationInEnglish,
  manageUrl,
  shift: shiftTime,
  isRemote,
  locale = "en",
}: PledgeReminderEmailProps) {
  const t = pledgeReminderMessages[locale];
  const shift = shiftMessages[locale];
  const isEnglish = locale === "en";
  const when = !isEnglish && shiftTime ? formatShiftTime(locale, shiftTime) : whenInEnglish;
  const location = !isEnglish && isRemote ? shift.online : locationInEnglish;
  return (
    <EmailLayout preview={t.preview(optionTitle, when)} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(name)}
      </Heading>
      <Text>{t.intro(optionTitle, groupName)}</Text>
      <Text>{shift.when(when)}</Text>
      {location ? <Text>{shift.where(location)}</Text> : null}
      <Text>
        {shift.cancel} <Link href={manageUrl}>{manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
