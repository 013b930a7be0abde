import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { layoutMessages } from "./messages";

/**
 * Every queued email's props may name the language to write in. The sender (lib/jobs/worker.ts) sets it from the
 * recipient's account, so a caller passes it only when it knows better than an account that has no language yet.
 */
export type EmailLocale = { locale?: Locale };

// Font names are matched without regard to case (CSS Fonts 4, 5.1).
const body = {
  backgroundColor: "#f6f5f2",
  fontFamily: "system-ui, -apple-system, segoe ui, roboto, sans-serif",
};
const container = {
  backgroundColor: "#ffffff",
  marginTop: "24px",
  marginBottom: "24px",
  marginLeft: "auto",
  marginRight: "auto",
  padding: "24px 28px",
  maxWidth: "560px",
};
const footer = { color: "#57534e", fontSize: "13px", lineHeight: "20px" };

/** The frame every Chorus email shares: a preview line, the content, and a plain footer, in `locale`. */
export function EmailLayout({
  preview,
  locale = "en",
  children,
}: {
  preview: string;
  locale?: Locale;
  children: ReactNode;
}) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>{layoutMessages[locale].footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
