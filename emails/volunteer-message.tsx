import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type VolunteerMessageEmailProps = {
  name: string;
  groupName: string;
  senderName: string;
  optionTitle: string;
  when: string | null;
  subject: string;
  /** Plain text as the organizer typed it; paragraphs are split on blank lines. */
  body: string;
  manageUrl: string;
};

export function volunteerMessageSubject(props: VolunteerMessageEmailProps): string {
  return `${props.subject} (${props.groupName})`;
}

/** A group's message to the volunteers of one shift. Replies go to the organizer who sent it (Reply-To). */
export default function VolunteerMessageEmail({
  name,
  groupName,
  senderName,
  optionTitle,
  when,
  subject,
  body,
  manageUrl,
}: VolunteerMessageEmailProps) {
  const paragraphs = body.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <EmailLayout preview={`${groupName}: ${subject}`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {subject}
      </Heading>
      <Text style={{ color: "#57534e" }}>
        Hello {name}, {senderName} from {groupName} wrote to everyone signed up for “{optionTitle}”
        {when ? `, ${when}` : ""}.
      </Text>
      {paragraphs.map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs never move within one email
        <Text key={index} style={{ whiteSpace: "pre-line" }}>
          {paragraph}
        </Text>
      ))}
      <Text style={{ color: "#57534e" }}>
        Reply to this email to answer {senderName}. Plans changed? Please cancel so someone else can take your
        place: <Link href={manageUrl}>{manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

VolunteerMessageEmail.PreviewProps = {
  name: "Sam",
  groupName: "Casa del Pueblo Tenants Union",
  senderName: "Marisol",
  optionTitle: "Know-your-rights clinic",
  when: "Saturday, December 5, 10:00 AM – 1:00 PM Central Time",
  subject: "Side door on Saturday",
  body: "Thank you for signing up!\n\nThe front door is under repair: please use the side door on 18th Street.\nCoffee is on us.",
  manageUrl: "http://localhost:3000/account/pledges",
} satisfies VolunteerMessageEmailProps;
