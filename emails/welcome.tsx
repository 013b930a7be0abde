import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export type WelcomeEmailProps = { name: string | null; appUrl: string };

export function welcomeSubject(_props: WelcomeEmailProps): string {
  return "Welcome to Chorus";
}

/** Sent once, through the job queue, after a person's first sign-in. */
export default function WelcomeEmail({ name, appUrl }: WelcomeEmailProps) {
  return (
    <EmailLayout preview="Welcome to Chorus: here is where to start">
      <Heading as="h1" style={{ fontSize: "22px" }}>
        Welcome{name ? `, ${name}` : ""}
      </Heading>
      <Text>
        Allyship is action. On Chorus you can join campaigns, write to your elected officials in your own
        words, and give time, money, goods or skills to groups led by the communities they serve.
      </Text>
      <Text>
        <Link href={`${appUrl}/`}>See the campaigns you can join</Link>
      </Text>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = { name: "Ana", appUrl: "http://localhost:3000" } satisfies WelcomeEmailProps;
