import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type SignInEmailProps = { url: string; host: string; minutes: number };

export function signInSubject(props: SignInEmailProps): string {
  return `Your sign-in link for ${props.host}`;
}

/** The magic link. It works once and for a few minutes, and we say so. */
export default function SignInEmail({ url, host, minutes }: SignInEmailProps) {
  return (
    <EmailLayout preview={`Sign in to Chorus (${host})`}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Sign in to Chorus
      </Heading>
      <Text>Use the button below to sign in. The link works once and expires in {minutes} minutes.</Text>
      <Button
        href={url}
        style={{ backgroundColor: "#7c2d12", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}
      >
        Sign in
      </Button>
      <Text>
        Or paste this address into your browser: <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ color: "#57534e" }}>If you did not ask to sign in, you can ignore this email.</Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/resend?token=example",
  host: "localhost:3000",
  minutes: 10,
} satisfies SignInEmailProps;
