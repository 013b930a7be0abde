import { Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type LetterReceiptEmailProps = {
  firstName: string;
  campaignTitle: string;
  receiptUrl: string;
  targets: { name: string; title: string; channel: "email" | "contact_form" }[];
};

export function letterReceiptSubject(props: LetterReceiptEmailProps): string {
  return `Your letter for ${props.campaignTitle}: where it goes`;
}

/** Exactly what went where, and what is still the supporter's to do. Never says "sent" for a hand-off. */
export default function LetterReceiptEmail({
  firstName,
  campaignTitle,
  receiptUrl,
  targets,
}: LetterReceiptEmailProps) {
  const handoffs = targets.filter((t) => t.channel === "contact_form");
  return (
    <EmailLayout preview="Your letter receipt: where it goes and what is left to do">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Thank you, {firstName}
      </Heading>
      <Text>Your letter for “{campaignTitle}” goes to:</Text>
      <Section>
        {targets.map((t) => (
          <Text key={`${t.name}-${t.channel}`} style={{ margin: "4px 0" }}>
            • {t.name}
            {t.title ? `, ${t.title}` : ""}:{" "}
            {t.channel === "email"
              ? "by email, which we send for you"
              : "through their website's contact form, which is yours to send"}
          </Text>
        ))}
      </Section>
      {handoffs.length > 0 ? (
        <Text>
          Members of Congress publish no email address, so{" "}
          {handoffs.length === 1 ? "one letter waits" : `${handoffs.length} letters wait`} for you: your
          receipt has each letter ready to paste into their form.
        </Text>
      ) : null}
      <Text>
        <Link href={receiptUrl}>See your receipt, with the status of every letter</Link>
      </Text>
    </EmailLayout>
  );
}

LetterReceiptEmail.PreviewProps = {
  firstName: "Lena",
  campaignTitle: "Keep families housed",
  receiptUrl: "http://localhost:3000/letters/example",
  targets: [
    { name: "City Council", title: "Council Members", channel: "email" },
    { name: "Richard J. Durbin", title: "U.S. Senator", channel: "contact_form" },
  ],
} satisfies LetterReceiptEmailProps;
