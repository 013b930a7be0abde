import { Body, Container, Head, Html, Text } from "@react-email/components";

export type LetterEmailProps = { body: string; signature: string[] };

/**
 * A supporter's letter to an official, as plain as a letter should be: their words, then who they are. No
 * preview line: the inbox shows the letter's first words, and lib/delivery/letter-render.ts fills this
 * template per letter without React.
 */
export default function LetterEmail({ body, signature }: LetterEmailProps) {
  const paragraphs = body.split(/\n{2,}/);
  return (
    <Html lang="en">
      <Head />
      <Body style={{ fontFamily: "Georgia, serif", fontSize: "16px", lineHeight: "24px", color: "#1c1917" }}>
        <Container style={{ maxWidth: "640px", padding: "16px" }}>
          {paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their order
            <Text key={index} style={{ whiteSpace: "pre-line" }}>
              {paragraph}
            </Text>
          ))}
          <Text style={{ whiteSpace: "pre-line" }}>{signature.join("\n")}</Text>
        </Container>
      </Body>
    </Html>
  );
}

LetterEmail.PreviewProps = {
  body: "Dear Council Member Rivera,\n\nPlease fund a right to counsel for tenants facing eviction.",
  signature: ["Sam Lee", "Chicago, IL 60623", "sam@example.org"],
} satisfies LetterEmailProps;
