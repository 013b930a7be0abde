import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type LetterAlreadySentEmailProps = { campaignTitle: string; receiptUrl: string };

export function letterAlreadySentSubject(props: LetterAlreadySentEmailProps): string {
  return `You have already written for ${props.campaignTitle}`;
}

/** Told by email, not on the page, so nobody learns from the site whether an address has written before. */
export default function LetterAlreadySentEmail({ campaignTitle, receiptUrl }: LetterAlreadySentEmailProps) {
  return (
    <EmailLayout preview="Your letter for this campaign was already written">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        You have already written
      </Heading>
      <Text>
        Someone (most likely you) tried to write again for “{campaignTitle}” with this email address. Each
        person writes once per campaign, so nothing new was sent.
      </Text>
      <Text>
        <Link href={receiptUrl}>See your letter and what happened to it</Link>
      </Text>
    </EmailLayout>
  );
}

LetterAlreadySentEmail.PreviewProps = {
  campaignTitle: "Keep families housed",
  receiptUrl: "http://localhost:3000/letters/example",
} satisfies LetterAlreadySentEmailProps;
