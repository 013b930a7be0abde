/**
 * The confirmation and receipt emails say per recipient how the letter goes (issue 18, item 7): Congress's
 * constituent mail system, email, or the supporter's own hand-off (a contact form or only a website), and how
 * many wait for the supporter; never "we will deliver your letter to" everyone.
 */
import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import ConfirmLetterEmail, { type ConfirmLetterEmailProps } from "./confirm-letter";
import LetterReceiptEmail, { type LetterReceiptEmailProps } from "./letter-receipt";

const targets: LetterReceiptEmailProps["targets"] = [
  { name: "City Council", title: "Council Members", channel: "email" },
  { name: "Richard J. Durbin", title: "U.S. Senator", channel: "cwc" },
  { name: "Tammy Duckworth", title: "U.S. Senator", channel: "contact_form", handoff: "form" },
  { name: "Danny K. Davis", title: "U.S. Representative", channel: "contact_form", handoff: "website" },
];

const confirmProps: ConfirmLetterEmailProps = {
  firstName: "Rosa",
  campaignTitle: "Keep families housed",
  confirmUrl: "http://localhost:3000/letters/confirm/example",
  targetNames: targets.map((t) => t.name),
  targets,
  excerpt: "Dear Council Members, my sister was evicted last winter.",
  hours: 48,
};

const text = async (element: React.ReactElement) =>
  (await render(element, { plainText: true })).replace(/\s+/g, " ");

describe("the confirmation email", () => {
  it("says how the letter will go to each recipient and how many wait, in English", async () => {
    const out = await text(<ConfirmLetterEmail {...confirmProps} />);
    expect(out).not.toContain("we will deliver");
    expect(out).toContain("City Council, Council Members: once you confirm, sent by email (Chorus sends it)");
    expect(out).toContain(
      "Richard J. Durbin, U.S. Senator: once you confirm, delivered by Chorus to their office's constituent mail system",
    );
    expect(out).toContain("Tammy Duckworth, U.S. Senator: waiting for you: their contact form");
    expect(out).toContain(
      "Danny K. Davis, U.S. Representative: waiting for you: their website (they have no contact form in our data)",
    );
    expect(out).toContain("2 letters wait for you to send them yourself");
  });

  it("in Spanish", async () => {
    const out = await text(<ConfirmLetterEmail {...confirmProps} locale="es" />);
    expect(out).not.toContain("entregaremos");
    expect(out).toContain(
      "Richard J. Durbin, U.S. Senator: cuando confirmes, Chorus la entrega al sistema de correo de constituyentes de su oficina",
    );
    expect(out).toContain("Danny K. Davis, U.S. Representative: te espera a ti: su sitio web");
    expect(out).toContain("2 cartas te esperan para que las envíes tú");
  });

  it("an email queued before this change (names only) promises nothing", async () => {
    const out = await text(<ConfirmLetterEmail {...confirmProps} targets={undefined} />);
    expect(out).toContain(
      "Your letter is for: City Council, Richard J. Durbin, Tammy Duckworth, Danny K. Davis.",
    );
    expect(out).not.toContain("deliver your letter");
  });
});

describe("the receipt email", () => {
  const props: LetterReceiptEmailProps = {
    firstName: "Rosa",
    campaignTitle: "Keep families housed",
    receiptUrl: "http://localhost:3000/letters/example",
    targets,
  };

  it("says Congress's letter is on its way (not delivered yet) and the hand-offs wait, in English", async () => {
    const out = await text(<LetterReceiptEmail {...props} />);
    expect(out).toContain(
      "Richard J. Durbin, U.S. Senator: on its way to their office's constituent mail system (Chorus delivers it)",
    );
    expect(out).not.toContain("delivered by Chorus");
    expect(out).toContain("City Council, Council Members: will be sent by email (Chorus sends it)");
    expect(out).toContain("Tammy Duckworth, U.S. Senator: waiting for you: their contact form");
    expect(out).toContain("Danny K. Davis, U.S. Representative: waiting for you: their website");
    expect(out).toContain("2 letters wait for you to send them yourself");
    expect(out).not.toContain("Members of Congress publish no email address");
  });

  it("in Spanish", async () => {
    const out = await text(<LetterReceiptEmail {...props} locale="es" />);
    expect(out).toContain(
      "Richard J. Durbin, U.S. Senator: va en camino al sistema de correo de constituyentes de su oficina",
    );
    expect(out).toContain("Tammy Duckworth, U.S. Senator: te espera a ti: su formulario de contacto");
    expect(out).toContain("2 cartas te esperan para que las envíes tú");
  });

  it("with everything delivered by Chorus, nothing waits", async () => {
    const out = await text(<LetterReceiptEmail {...props} targets={targets.slice(0, 2)} />);
    expect(out).not.toContain("wait");
  });
});
