import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type PledgeReminderEmailProps = {
  name: string;
  groupName: string;
  optionTitle: string;
  when: string;
  location: string | null;
  manageUrl: string;
};

export function pledgeReminderSubject(props: PledgeReminderEmailProps): string {
  return `Tomorrow: ${props.optionTitle} with ${props.groupName}`;
}

/** Sent about 24 hours before a shift, once (its idempotency key), only if the pledge still stands. */
export default function PledgeReminderEmail({
  name,
  groupName,
  optionTitle,
  when,
  location,
  manageUrl,
}: PledgeReminderEmailProps) {
  return (
    <EmailLayout preview={`A reminder: ${optionTitle}, ${when}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        See you tomorrow, {name}
      </Heading>
      <Text>
        A reminder that you signed up for “{optionTitle}” with {groupName}.
      </Text>
      <Text>When: {when}</Text>
      {location ? <Text>Where: {location}</Text> : null}
      <Text>
        Plans changed? Please cancel so someone else can take your place:{" "}
        <Link href={manageUrl}>{manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

PledgeReminderEmail.PreviewProps = {
  name: "Sam",
  groupName: "Pilsen Tenants Union",
  optionTitle: "Know-your-rights clinic",
  when: "Saturday, December 5, 10:00 AM – 1:00 PM Central Time",
  location: "1831 S Racine Ave, Chicago",
  manageUrl: "http://localhost:3000/account/pledges",
} satisfies PledgeReminderEmailProps;
