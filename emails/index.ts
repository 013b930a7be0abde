/**
 * Templates that background jobs can send by name: a job carries only JSON (template name + props), and the
 * worker turns it back into a React element here.
 */
import { createElement, type ReactElement } from "react";
import type { EmailAttachment } from "@/lib/email/send";
import CampaignUpdateEmail, { type CampaignUpdateEmailProps, campaignUpdateSubject } from "./campaign-update";
import ConfirmLetterEmail, { type ConfirmLetterEmailProps, confirmLetterSubject } from "./confirm-letter";
import ConfirmTargetEmail, { type ConfirmTargetEmailProps, confirmTargetSubject } from "./confirm-target";
import LetterAlreadySentEmail, {
  type LetterAlreadySentEmailProps,
  letterAlreadySentSubject,
} from "./letter-already-sent";
import LetterReceiptEmail, { type LetterReceiptEmailProps, letterReceiptSubject } from "./letter-receipt";
import OrganizationInviteEmail, {
  type OrganizationInviteEmailProps,
  organizationInviteSubject,
} from "./organization-invite";
import PledgeConfirmationEmail, {
  type PledgeConfirmationEmailProps,
  pledgeConfirmationAttachments,
  pledgeConfirmationSubject,
} from "./pledge-confirmation";
import PledgeReminderEmail, { type PledgeReminderEmailProps, pledgeReminderSubject } from "./pledge-reminder";
import ReplyCheckEmail, { type ReplyCheckEmailProps, replyCheckSubject } from "./reply-check";
import ShiftChangeEmail, {
  type ShiftChangeEmailProps,
  shiftChangeAttachments,
  shiftChangeSubject,
} from "./shift-change";
import VolunteerMessageEmail, {
  type VolunteerMessageEmailProps,
  volunteerMessageSubject,
} from "./volunteer-message";
import WelcomeEmail, { type WelcomeEmailProps, welcomeSubject } from "./welcome";

/** Every template takes `locale` (EmailLocale in ./layout.tsx): its subject and words follow it. */
type Template<P> = {
  subject: (props: P) => string;
  render: (props: P) => ReactElement;
  /** Files built from the same props (a job carries JSON only). */
  attachments?: (props: P) => EmailAttachment[];
  /** Extra headers built from the same props (List-Unsubscribe on updates). */
  headers?: (props: P) => Record<string, string>;
};

export const queuedTemplates = {
  welcome: {
    subject: welcomeSubject,
    render: (props: WelcomeEmailProps) => createElement(WelcomeEmail, props),
  } satisfies Template<WelcomeEmailProps>,
  "confirm-letter": {
    subject: confirmLetterSubject,
    render: (props: ConfirmLetterEmailProps) => createElement(ConfirmLetterEmail, props),
  } satisfies Template<ConfirmLetterEmailProps>,
  "letter-already-sent": {
    subject: letterAlreadySentSubject,
    render: (props: LetterAlreadySentEmailProps) => createElement(LetterAlreadySentEmail, props),
  } satisfies Template<LetterAlreadySentEmailProps>,
  "letter-receipt": {
    subject: letterReceiptSubject,
    render: (props: LetterReceiptEmailProps) => createElement(LetterReceiptEmail, props),
  } satisfies Template<LetterReceiptEmailProps>,
  "reply-check": {
    subject: replyCheckSubject,
    render: (props: ReplyCheckEmailProps) => createElement(ReplyCheckEmail, props),
  } satisfies Template<ReplyCheckEmailProps>,
  "pledge-confirmation": {
    subject: pledgeConfirmationSubject,
    render: (props: PledgeConfirmationEmailProps) => createElement(PledgeConfirmationEmail, props),
    attachments: pledgeConfirmationAttachments,
  } satisfies Template<PledgeConfirmationEmailProps>,
  "pledge-reminder": {
    subject: pledgeReminderSubject,
    render: (props: PledgeReminderEmailProps) => createElement(PledgeReminderEmail, props),
  } satisfies Template<PledgeReminderEmailProps>,
  "shift-change": {
    subject: shiftChangeSubject,
    render: (props: ShiftChangeEmailProps) => createElement(ShiftChangeEmail, props),
    attachments: shiftChangeAttachments,
  } satisfies Template<ShiftChangeEmailProps>,
  "volunteer-message": {
    subject: volunteerMessageSubject,
    render: (props: VolunteerMessageEmailProps) => createElement(VolunteerMessageEmail, props),
  } satisfies Template<VolunteerMessageEmailProps>,
  "organization-invite": {
    subject: organizationInviteSubject,
    render: (props: OrganizationInviteEmailProps) => createElement(OrganizationInviteEmail, props),
  } satisfies Template<OrganizationInviteEmailProps>,
  "confirm-target": {
    subject: confirmTargetSubject,
    render: (props: ConfirmTargetEmailProps) => createElement(ConfirmTargetEmail, props),
  } satisfies Template<ConfirmTargetEmailProps>,
  "campaign-update": {
    subject: campaignUpdateSubject,
    render: (props: CampaignUpdateEmailProps) => createElement(CampaignUpdateEmail, props),
    // RFC 2369 / RFC 8058: mail providers show their own "Unsubscribe" and POST to the one-click address.
    headers: (props: CampaignUpdateEmailProps): Record<string, string> =>
      props.oneClickUrl
        ? {
            "List-Unsubscribe": `<${props.oneClickUrl}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          }
        : {},
  } satisfies Template<CampaignUpdateEmailProps>,
};

export type QueuedTemplateName = keyof typeof queuedTemplates;
export type QueuedTemplateProps<N extends QueuedTemplateName> = Parameters<
  (typeof queuedTemplates)[N]["render"]
>[0];
