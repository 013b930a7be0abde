import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type ReplyCheckEmailProps = {
  firstName: string;
  campaignTitle: string;
  /** Those the letter reached (delivered email or a contact form the supporter sent). */
  officialNames: string[];
  answerUrl: string;
  /** How long the link works. */
  days: number;
};

/** "Durbin", "Durbin or Duckworth", "Durbin, Duckworth and Davis". */
function listOf(names: string[], conjunction: "and" | "or"): string {
  if (names.length <= 1) return names[0] ?? "your officials";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}

export function replyCheckSubject(props: ReplyCheckEmailProps): string {
  const names = props.officialNames;
  const who = names.length === 0 || names.length > 3 ? "anyone" : listOf(names, "or");
  return `Did ${who} reply to your letter about “${props.campaignTitle}”?`;
}

/** Sent once per letter, some days after it was delivered. One question, one button, no pressure. */
export default function ReplyCheckEmail({
  firstName,
  campaignTitle,
  officialNames,
  answerUrl,
  days,
}: ReplyCheckEmailProps) {
  return (
    <EmailLayout preview="One quick question about your letter: did you hear back?">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Did you hear back, {firstName}?
      </Heading>
      <Text>
        A little while ago you wrote about “{campaignTitle}” to {listOf(officialNames, "and")}. Did{" "}
        {officialNames.length === 1 ? "they" : "any of them"} reply? It takes less than a minute to tell us,
        and “not yet” is a perfectly good answer.
      </Text>
      <Button
        href={answerUrl}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        Tell us if they replied
      </Button>
      <Text>
        Or paste this address into your browser: <Link href={answerUrl}>{answerUrl}</Link>
      </Text>
      <Text style={{ color: "#57534e" }}>
        We count answers to show how often officials reply to the people they represent. If you paste their
        reply, only you and the campaign’s organizers can see it. The link works for {days} days, and this is
        the only time we ask about this letter.
      </Text>
    </EmailLayout>
  );
}

ReplyCheckEmail.PreviewProps = {
  firstName: "Sam",
  campaignTitle: "Keep families housed",
  officialNames: ["City Council", "Richard J. Durbin"],
  answerUrl: "http://localhost:3000/letters/replies/example",
  days: 60,
} satisfies ReplyCheckEmailProps;
