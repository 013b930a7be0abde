import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type ConfirmLetterEmailProps = {
  firstName: string;
  campaignTitle: string;
  confirmUrl: string;
  targetNames: string[];
  days: number;
};

export function confirmLetterSubject(props: ConfirmLetterEmailProps): string {
  return `Confirm your letter: ${props.campaignTitle}`;
}

/** Nothing is delivered until the supporter follows this link (which also signs them in). */
export default function ConfirmLetterEmail({
  firstName,
  campaignTitle,
  confirmUrl,
  targetNames,
  days,
}: ConfirmLetterEmailProps) {
  return (
    <EmailLayout preview="One step left: confirm your letter so we can deliver it">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        One step left, {firstName}
      </Heading>
      <Text>
        Thank you for writing for “{campaignTitle}”. Please confirm that this is your email address, and we
        will deliver your letter to: {targetNames.join(", ")}.
      </Text>
      <Button
        href={confirmUrl}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        Confirm and send my letter
      </Button>
      <Text>
        Or paste this address into your browser: <Link href={confirmUrl}>{confirmUrl}</Link>
      </Text>
      <Text style={{ color: "#57534e" }}>
        The link works for {days} days. If you did not write this letter, ignore this email and nothing will
        be sent.
      </Text>
    </EmailLayout>
  );
}

ConfirmLetterEmail.PreviewProps = {
  firstName: "Sam",
  campaignTitle: "Keep families housed",
  confirmUrl: "http://localhost:3000/letters/confirm/example",
  targetNames: ["Chicago City Council", "Sen. Ana Rivera"],
  days: 7,
} satisfies ConfirmLetterEmailProps;
