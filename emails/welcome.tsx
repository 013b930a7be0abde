import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailLocale } from "./layout";
import { welcomeMessages } from "./messages";

export type WelcomeEmailProps = EmailLocale & { name: string | null; appUrl: string };

export function welcomeSubject(props: WelcomeEmailProps): string {
  return welcomeMessages[props.locale ?? "en"].subject;
}

/** Sent once, through the job queue, after a person's first sign-in. */
export default function WelcomeEmail({ name, appUrl, locale = "en" }: WelcomeEmailProps) {
  const t = welcomeMessages[locale];
  return (
    <EmailLayout preview={t.preview} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading(name)}
      </Heading>
      <Text>{t.body}</Text>
      <Text>
        <Link href={`${appUrl}/`}>{t.campaignsLink}</Link>
      </Text>
    </EmailLayout>
  );
}
