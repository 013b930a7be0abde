import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, type EmailLocale } from "./layout";
import { layoutMessages, signInMessages } from "./messages";

export type SignInEmailProps = EmailLocale & { url: string; host: string; minutes: number };

export function signInSubject(props: SignInEmailProps): string {
  return signInMessages[props.locale ?? "en"].subject(props.host);
}

/** The magic link. It works once and for a few minutes, and we say so. */
export default function SignInEmail({ url, host, minutes, locale = "en" }: SignInEmailProps) {
  const t = signInMessages[locale];
  return (
    <EmailLayout preview={t.preview(host)} locale={locale}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {t.heading}
      </Heading>
      <Text>{t.intro(minutes)}</Text>
      <Button
        href={url}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        {t.button}
      </Button>
      <Text>
        {layoutMessages[locale].pasteLink} <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ color: "#57534e" }}>{t.ignore}</Text>
    </EmailLayout>
  );
}
