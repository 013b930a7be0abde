import { Button, Heading, Link, Text } from "@react-email/components";
import type { EmailAttachment } from "@/lib/email/send";
import { formatNumber } from "@/lib/i18n/format";
import { ALARM_HOURS_BEFORE, calendarFile } from "@/lib/pledges/ics";
import { formatDollars, formatShiftTime, type ShiftTime } from "./format";
import { EmailLayout, type EmailLocale } from "./layout";
import { pledgeConfirmationMessages, shiftMessages } from "./messages";

export type PledgeConfirmationEmailProps = EmailLocale & {
  name: string;
  groupName: string;
  kind: "volunteer_shift" | "donation" | "goods" | "skills";
  optionTitle: string;
  /** "Saturday, December 5, 10:00 AM – 1:00 PM (Central Time)": shifts only. */
  when: string | null;
  location: string | null;
  /** "$25 once" or "$10 a month": donations only. */
  amount: string | null;
  quantity: number;
  donationUrl: string | null;
  manageUrl: string;
  /**
   * Shifts carry a calendar file; these feed it (ISO times). `description` is the group's own words about the
   * shift; the file adds the line to the pledges page in the email's language.
   */
  event: { uid: string; sequence?: number; startsAt: string; endsAt: string; description: string } | null;
  /** The facts behind `when`, `amount` and an online `location`, to write them in another language. */
  shift?: ShiftTime | null;
  amountCents?: number | null;
  frequency?: "one_time" | "monthly" | null;
  isRemote?: boolean;
  /** Goods: where and when the group takes them (its profile), as the group wrote them. */
  dropOffPlace?: string | null;
  dropOffHours?: string | null;
};

export function pledgeConfirmationSubject(props: PledgeConfirmationEmailProps): string {
  const t = pledgeConfirmationMessages[props.locale ?? "en"];
  return props.kind === "volunteer_shift"
    ? t.subjectShift(props.optionTitle, props.groupName)
    : t.subjectPledge(props.groupName);
}

/** The amount, time and place in the email's language (English: as the caller wrote them). */
function localized(props: PledgeConfirmationEmailProps) {
  const locale = props.locale ?? "en";
  if (locale === "en") return { when: props.when, location: props.location, amount: props.amount };
  const t = pledgeConfirmationMessages[locale];
  return {
    when: props.shift ? formatShiftTime(locale, props.shift) : props.when,
    location: props.isRemote ? shiftMessages[locale].online : props.location,
    amount:
      props.amountCents != null
        ? `${formatDollars(locale, props.amountCents)} ${props.frequency === "monthly" ? t.monthly : t.once}`
        : props.amount,
  };
}

/** An iCalendar invitation to add to a calendar (RFC 5545, RFC 6047's METHOD parameter); a format, not words. */
const CALENDAR_CONTENT_TYPE = ["text/calendar", "charset=utf-8", "method=PUBLISH"].join("; ");

/** A shift's calendar file, its name, notes, place and reminder in the email's language like the email itself. */
export function pledgeConfirmationAttachments(props: PledgeConfirmationEmailProps): EmailAttachment[] {
  if (!props.event) return [];
  const t = pledgeConfirmationMessages[props.locale ?? "en"];
  const { location } = localized(props);
  return [
    {
      filename: t.calendarFileName,
      contentType: CALENDAR_CONTENT_TYPE,
      content: calendarFile({
        uid: props.event.uid,
        sequence: props.event.sequence ?? 0,
        title: `${props.optionTitle} (${props.groupName})`,
        description: [props.event.description.trim(), t.calendarPledges(props.manageUrl)]
          .filter(Boolean)
          .join("\n\n"),
        location: location ?? "",
        startsAt: new Date(props.event.startsAt),
        endsAt: new Date(props.event.endsAt),
        url: props.manageUrl,
        alarm: t.calendarAlarm(ALARM_HOURS_BEFORE),
      }),
    },
  ];
}

/** Sent once per pledge (its idempotency key); a shift's email carries an .ics calendar file. */
export default function PledgeConfirmationEmail(props: PledgeConfirmationEmailProps) {
  const { name, groupName, kind, optionTitle, quantity, donationUrl, manageUrl, locale = "en" } = props;
  const { when, location, amount } = localized(props);
  const t = pledgeConfirmationMessages[locale];
  const shift = shiftMessages[locale];
  return (
    <EmailLayout preview={t.preview(groupName, optionTitle)} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(name)}
      </Heading>
      {kind === "volunteer_shift" ? (
        <>
          <Text>{t.shiftIntro(optionTitle, groupName)}</Text>
          {when ? <Text>{shift.when(when)}</Text> : null}
          {location ? <Text>{shift.where(location)}</Text> : null}
          <Text>{t.shiftNote}</Text>
        </>
      ) : null}
      {kind === "donation" ? (
        <>
          <Text>{t.donationIntro(amount ?? "", groupName)}</Text>
          {donationUrl ? (
            <Button
              href={donationUrl}
              style={{
                backgroundColor: "#7c2d12",
                color: "#ffffff",
                padding: "12px 20px",
                borderRadius: "6px",
              }}
            >
              {t.giveButton(groupName)}
            </Button>
          ) : null}
          <Text>{t.donationNote}</Text>
        </>
      ) : null}
      {kind === "goods" && (props.dropOffPlace || props.dropOffHours) ? (
        <>
          <Text>{t.goodsDropOff(formatNumber(locale, quantity), optionTitle, groupName)}</Text>
          {props.dropOffPlace ? <Text>{t.dropOffPlace(props.dropOffPlace)}</Text> : null}
          {props.dropOffHours ? <Text>{t.dropOffHours(props.dropOffHours)}</Text> : null}
        </>
      ) : null}
      {kind === "goods" && !props.dropOffPlace && !props.dropOffHours ? (
        <Text>{t.goods(formatNumber(locale, quantity), optionTitle, groupName)}</Text>
      ) : null}
      {kind === "skills" ? <Text>{t.skills(optionTitle, groupName)}</Text> : null}
      <Text>
        {t.manage} <Link href={manageUrl}>{manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
