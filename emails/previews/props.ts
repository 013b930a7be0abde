/**
 * Sample props for each template: React Email's preview shows them (emails/previews/*.preview.tsx), and the
 * tests render every template with them. Made-up people and places, in English as an organizer would type them.
 * Never imported by a template (emails/previews.test.ts): what is sent carries no sample data.
 */
import type { CampaignUpdateEmailProps } from "../campaign-update";
import type { ConfirmLetterEmailProps } from "../confirm-letter";
import type { ConfirmTargetEmailProps } from "../confirm-target";
import type { LetterEmailProps } from "../letter";
import type { LetterAlreadySentEmailProps } from "../letter-already-sent";
import type { LetterReceiptEmailProps } from "../letter-receipt";
import type { OrganizationInviteEmailProps } from "../organization-invite";
import type { PledgeConfirmationEmailProps } from "../pledge-confirmation";
import type { PledgeReminderEmailProps } from "../pledge-reminder";
import type { ReplyCheckEmailProps } from "../reply-check";
import type { ShiftChangeEmailProps } from "../shift-change";
import type { SignInEmailProps } from "../sign-in";
import type { VolunteerMessageEmailProps } from "../volunteer-message";
import type { WelcomeEmailProps } from "../welcome";

const SHIFT = {
  startsAt: "2026-12-05T16:00:00.000Z",
  endsAt: "2026-12-05T19:00:00.000Z",
  timeZone: "America/Chicago",
};
const SHIFT_WHEN = "Saturday, December 5, 10:00 AM – 1:00 PM Central Time";

export const previews = {
  "sign-in": {
    url: "http://localhost:3000/api/auth/callback/resend?token=example",
    host: "localhost:3000",
    minutes: 10,
  } satisfies SignInEmailProps,
  welcome: { name: "Ana", appUrl: "http://localhost:3000" } satisfies WelcomeEmailProps,
  "confirm-letter": {
    firstName: "Sam",
    campaignTitle: "Keep families housed",
    confirmUrl: "http://localhost:3000/letters/confirm/example",
    targetNames: ["Chicago City Council", "Ana Rivera", "Sam Lee"],
    targets: [
      { name: "Chicago City Council", title: "Council Members", channel: "email" },
      { name: "Ana Rivera", title: "U.S. Senator", channel: "cwc" },
      { name: "Sam Lee", title: "U.S. Representative", channel: "contact_form", handoff: "website" },
    ],
    excerpt:
      "Dear Council Members, My sister was evicted last winter without a lawyer. It took her family a year to recover…",
    hours: 48,
  } satisfies ConfirmLetterEmailProps,
  "letter-already-sent": {
    campaignTitle: "Keep families housed",
    receiptUrl: "http://localhost:3000/letters/example",
  } satisfies LetterAlreadySentEmailProps,
  "letter-receipt": {
    firstName: "Lena",
    campaignTitle: "Keep families housed",
    receiptUrl: "http://localhost:3000/letters/example",
    targets: [
      { name: "City Council", title: "Council Members", channel: "email" },
      { name: "Richard J. Durbin", title: "U.S. Senator", channel: "cwc" },
      {
        name: "Janice D. Schakowsky",
        title: "U.S. Representative",
        channel: "contact_form",
        handoff: "website",
      },
    ],
  } satisfies LetterReceiptEmailProps,
  "reply-check": {
    firstName: "Sam",
    campaignTitle: "Keep families housed",
    officialNames: ["City Council", "Richard J. Durbin"],
    answerUrl: "http://localhost:3000/letters/replies/example",
    days: 60,
  } satisfies ReplyCheckEmailProps,
  "organization-invite": {
    organizationName: "Neighbors for Fair Housing",
    inviterName: "Ana Rivera",
    role: "organizer",
    acceptUrl: "http://localhost:3000/organize/invites/TOKEN",
    days: 7,
  } satisfies OrganizationInviteEmailProps,
  "confirm-target": {
    organizationName: "Neighbors for Fair Housing",
    requesterName: "Ana Rivera",
    targetName: "City Council",
    confirmUrl: "http://localhost:3000/targets/confirm/TOKEN",
    days: 7,
  } satisfies ConfirmTargetEmailProps,
  "pledge-confirmation": {
    name: "Sam",
    groupName: "Pilsen Tenants Union",
    kind: "volunteer_shift",
    optionTitle: "Know-your-rights clinic",
    when: SHIFT_WHEN,
    location: "1831 S Racine Ave, Chicago",
    amount: null,
    quantity: 1,
    donationUrl: null,
    manageUrl: "http://localhost:3000/account/pledges",
    event: null,
    shift: SHIFT,
    isRemote: false,
  } satisfies PledgeConfirmationEmailProps,
  "pledge-reminder": {
    name: "Sam",
    groupName: "Pilsen Tenants Union",
    optionTitle: "Know-your-rights clinic",
    when: SHIFT_WHEN,
    location: "1831 S Racine Ave, Chicago",
    manageUrl: "http://localhost:3000/account/pledges",
    shift: SHIFT,
    isRemote: false,
  } satisfies PledgeReminderEmailProps,
  "shift-change": {
    change: "updated",
    name: "Sam",
    groupName: "Pilsen Tenants Union",
    optionTitle: "Know-your-rights clinic",
    now: { when: SHIFT_WHEN, location: "1831 S Racine Ave, Chicago", shift: SHIFT, isRemote: false },
    before: {
      when: "Saturday, December 5, 9:00 AM – 12:00 PM Central Time",
      location: "1831 S Racine Ave, Chicago",
      shift: { ...SHIFT, startsAt: "2026-12-05T15:00:00.000Z", endsAt: "2026-12-05T18:00:00.000Z" },
      isRemote: false,
    },
    manageUrl: "http://localhost:3000/account/pledges",
    event: null,
  } satisfies ShiftChangeEmailProps,
  "volunteer-message": {
    name: "Sam",
    groupName: "Casa del Pueblo Tenants Union",
    senderName: "Marisol",
    optionTitle: "Know-your-rights clinic",
    when: SHIFT_WHEN,
    subject: "Side door on Saturday",
    body: "Thank you for signing up!\n\nThe front door is under repair: please use the side door on 18th Street.\nCoffee is on us.",
    manageUrl: "http://localhost:3000/account/pledges",
    shift: SHIFT,
  } satisfies VolunteerMessageEmailProps,
  "campaign-update": {
    organizationName: "Casa del Pueblo Tenants Union",
    campaignTitle: "Fund the tenant right-to-counsel program",
    campaignUrl: "http://localhost:3000/campaigns/right-to-counsel",
    subject: "We're at 1,000 letters",
    bodyMarkdown:
      "Thank you! **1,000 letters** reached the council this week.\n\nWhat's next:\n\n- The hearing is *Tuesday at 10*\n- [Read the agenda](https://example.org/agenda)",
    unsubscribeUrl: "http://localhost:3000/unsubscribe/preview",
    oneClickUrl: "http://localhost:3000/api/unsubscribe/preview",
  } satisfies CampaignUpdateEmailProps,
  letter: {
    body: "Dear Council Member Rivera,\n\nPlease fund a right to counsel for tenants facing eviction.",
    signature: ["Sam Lee", "Chicago, IL 60623", "sam@example.org"],
  } satisfies LetterEmailProps,
};
