import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const body = {
  backgroundColor: "#f6f5f2",
  fontFamily: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
};
const container = {
  backgroundColor: "#ffffff",
  margin: "24px auto",
  padding: "24px 28px",
  maxWidth: "560px",
};
const footer = { color: "#57534e", fontSize: "13px", lineHeight: "20px" };

/** The frame every Chorus email shares: a preview line, the content, and a plain footer. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>
            Chorus: allyship is action. You are receiving this because of something you did on Chorus.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
