import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";
import { Markdown } from "./markdown";

export type CampaignUpdateEmailProps = {
  organizationName: string;
  campaignTitle: string;
  campaignUrl: string;
  subject: string;
  /** The organizer's markdown (see ./markdown.tsx: never raw HTML). */
  bodyMarkdown: string;
  /** The page that asks "Stop updates from ORG?" (opening it changes nothing). */
  unsubscribeUrl: string;
  /** The one-click address for the List-Unsubscribe header (RFC 8058), or null for a test to the organizer. */
  oneClickUrl: string | null;
  isTest?: boolean;
  /** A button straight to what the update asks for (a new step's place on the campaign page). */
  action?: { label: string; url: string };
};

export function campaignUpdateSubject(props: CampaignUpdateEmailProps): string {
  return `${props.isTest ? "[Test] " : ""}${props.subject} (${props.organizationName})`;
}

/** An organization's update about a campaign, to the supporters who agreed to hear from it. */
export default function CampaignUpdateEmail({
  organizationName,
  campaignTitle,
  campaignUrl,
  subject,
  bodyMarkdown,
  unsubscribeUrl,
  isTest,
  action,
}: CampaignUpdateEmailProps) {
  return (
    <EmailLayout preview={`${organizationName}: ${subject}`}>
      {isTest ? (
        <Text style={{ color: "#9a3412", fontWeight: 600 }}>
          This is a test: only you received it. Supporters see the same email.
        </Text>
      ) : null}
      <Text style={{ color: "#57534e" }}>
        An update from {organizationName} about <Link href={campaignUrl}>{campaignTitle}</Link>
      </Text>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {subject}
      </Heading>
      <Markdown markdown={bodyMarkdown} />
      {action ? (
        <Text>
          <Link href={action.url} style={{ fontWeight: 600 }}>
            {action.label}
          </Link>
        </Text>
      ) : null}
      <Text style={{ color: "#57534e", fontSize: "13px" }}>
        You are getting this because you agreed to hear from {organizationName}. Don't want these any more?{" "}
        <Link href={unsubscribeUrl}>{`Stop updates from ${organizationName}`}</Link>.
      </Text>
    </EmailLayout>
  );
}

CampaignUpdateEmail.PreviewProps = {
  organizationName: "Casa del Pueblo Tenants Union",
  campaignTitle: "Fund the tenant right-to-counsel program",
  campaignUrl: "http://localhost:3000/campaigns/right-to-counsel",
  subject: "We're at 1,000 letters",
  bodyMarkdown:
    "Thank you! **1,000 letters** reached the council this week.\n\nWhat's next:\n\n- The hearing is *Tuesday at 10*\n- [Read the agenda](https://example.org/agenda)",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/preview",
  oneClickUrl: "http://localhost:3000/api/unsubscribe/preview",
} satisfies CampaignUpdateEmailProps;
