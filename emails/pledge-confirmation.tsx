import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type PledgeConfirmationEmailProps = {
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
  /** Shifts carry a calendar file; these feed it (ISO times). */
  event: { uid: string; startsAt: string; endsAt: string; description: string } | null;
};

export function pledgeConfirmationSubject(props: PledgeConfirmationEmailProps): string {
  return props.kind === "volunteer_shift"
    ? `You're signed up: ${props.optionTitle} with ${props.groupName}`
    : `Thank you for your pledge to ${props.groupName}`;
}

/** Sent once per pledge (its idempotency key); a shift's email carries an .ics calendar file. */
export default function PledgeConfirmationEmail(props: PledgeConfirmationEmailProps) {
  const { name, groupName, kind, optionTitle, when, location, amount, quantity, donationUrl, manageUrl } =
    props;
  return (
    <EmailLayout preview={`Your pledge to ${groupName}: ${optionTitle}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Thank you, {name}
      </Heading>
      {kind === "volunteer_shift" ? (
        <>
          <Text>
            You are signed up for “{optionTitle}” with {groupName}.
          </Text>
          {when ? <Text>When: {when}</Text> : null}
          {location ? <Text>Where: {location}</Text> : null}
          <Text>
            The attached calendar file adds it to your calendar. We will remind you the day before. If you
            can't make it, please cancel so someone else can take your place.
          </Text>
        </>
      ) : null}
      {kind === "donation" ? (
        <>
          <Text>
            You pledged {amount} to {groupName}. Chorus takes no payment: the gift goes straight to the group,
            through their own donation page.
          </Text>
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
              Give on {groupName}'s page
            </Button>
          ) : null}
          <Text>Once you have given, tell us on your pledges page so the group's totals stay honest.</Text>
        </>
      ) : null}
      {kind === "goods" ? (
        <Text>
          You pledged {quantity} × {optionTitle} to {groupName}. The group will be in touch about where to
          bring them.
        </Text>
      ) : null}
      {kind === "skills" ? (
        <Text>
          You offered your skills (“{optionTitle}”) to {groupName}. The group will contact you to plan the
          work.
        </Text>
      ) : null}
      <Text>
        See, change or cancel your pledges: <Link href={manageUrl}>{manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

PledgeConfirmationEmail.PreviewProps = {
  name: "Sam",
  groupName: "Pilsen Tenants Union",
  kind: "volunteer_shift",
  optionTitle: "Know-your-rights clinic",
  when: "Saturday, December 5, 10:00 AM – 1:00 PM Central Time",
  location: "1831 S Racine Ave, Chicago",
  amount: null,
  quantity: 1,
  donationUrl: null,
  manageUrl: "http://localhost:3000/account/pledges",
  event: null,
} satisfies PledgeConfirmationEmailProps;
