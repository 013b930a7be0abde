import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailLocale } from "./layout";
import { Markdown } from "./markdown";
import { campaignUpdateMessages } from "./messages";

export type CampaignUpdateEmailProps = EmailLocale & {
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
  const t = campaignUpdateMessages[props.locale ?? "en"];
  return `${props.isTest ? t.testPrefix : ""}${props.subject} (${props.organizationName})`;
}

/**
 * An organization's update about a campaign, to the supporters who agreed to hear from it. The organizer's
 * subject and words go out as written; only the frame around them follows the reader's language.
 */
export default function CampaignUpdateEmail({
  organizationName,
  campaignTitle,
  campaignUrl,
  subject,
  bodyMarkdown,
  unsubscribeUrl,
  isTest,
  action,
  locale = "en",
}: CampaignUpdateEmailProps) {
  const t = campaignUpdateMessages[locale];
  return (
    <EmailLayout preview={`${organizationName}: ${subject}`} locale={locale}>
      {isTest ? <Text style={{ color: "#9a3412", fontWeight: 600 }}>{t.testNote}</Text> : null}
      <Text style={{ color: "#57534e" }}>
        {t.updateFrom(organizationName)} <Link href={campaignUrl}>{campaignTitle}</Link>
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
        {t.why(organizationName)} <Link href={unsubscribeUrl}>{t.stop(organizationName)}</Link>.
      </Text>
    </EmailLayout>
  );
}
