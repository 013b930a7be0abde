/**
 * Honest words per recipient (issue 18, item 7): Congress's constituent mail system only says "delivered" once
 * sent, hand-offs say whether they are a real contact form or only a website, and counts say how many wait.
 */
import { describe, expect, it } from "vitest";
import { countDeliveries, howItGoes, summarizeDeliveries } from "./delivery-words";
import { handoffAddress, handoffKind } from "./handoff-kind";

describe("howItGoes", () => {
  it("describes Congress's constituent mail system by status, in English and Spanish", () => {
    expect(howItGoes("en", { channel: "cwc", status: "queued" })).toBe(
      "on its way to their office's constituent mail system (Chorus delivers it)",
    );
    expect(howItGoes("en", { channel: "cwc", status: "sent" })).toBe(
      "delivered by Chorus to their office's constituent mail system",
    );
    expect(howItGoes("en", { channel: "cwc", status: "awaiting_confirmation" })).toMatch(/^once you confirm/);
    expect(howItGoes("es", { channel: "cwc", status: "queued" })).toBe(
      "va en camino al sistema de correo de constituyentes de su oficina (Chorus la entrega)",
    );
    expect(howItGoes("es", { channel: "cwc", status: "delivered" })).toBe(
      "entregada por Chorus al sistema de correo de constituyentes de su oficina",
    );
  });

  it("says email is sent by email only once it was", () => {
    expect(howItGoes("en", { channel: "email", status: "queued" })).toBe(
      "will be sent by email (Chorus sends it)",
    );
    expect(howItGoes("en", { channel: "email", status: "sent" })).toBe("sent by email");
    expect(howItGoes("es", { channel: "email", status: "sent" })).toBe("enviada por correo electrónico");
  });

  it("says a hand-off waits for the supporter, naming a form only when it is one", () => {
    expect(howItGoes("en", { channel: "contact_form", status: "handoff_ready", handoff: "form" })).toBe(
      "waiting for you: their contact form",
    );
    expect(howItGoes("en", { channel: "contact_form", status: "handoff_ready", handoff: "website" })).toBe(
      "waiting for you: their website (they have no contact form in our data)",
    );
    expect(
      howItGoes("es", { channel: "contact_form", status: "awaiting_confirmation", handoff: "form" }),
    ).toBe("te espera a ti: su formulario de contacto");
    expect(howItGoes("en", { channel: "contact_form", status: "handoff_done", handoff: "website" })).toBe(
      "you sent it through their website",
    );
  });

  it("reads a Congress letter handed back after the office's system refused it", () => {
    expect(howItGoes("en", { channel: "cwc", status: "handoff_ready", handoff: "form" })).toBe(
      "their office's system did not accept it, so it is waiting for you: their contact form",
    );
    expect(howItGoes("es", { channel: "cwc", status: "handoff_ready", handoff: "website" })).toMatch(
      /^el sistema de su oficina no la aceptó, así que te espera a ti: su sitio web/,
    );
  });
});

describe("counts", () => {
  it("counts what Chorus delivers apart from what waits for the supporter", () => {
    const counts = countDeliveries([
      { channel: "cwc", status: "sent" },
      { channel: "email", status: "queued" },
      { channel: "contact_form", status: "handoff_ready" },
      { channel: "cwc", status: "handoff_ready" },
      { channel: "contact_form", status: "handoff_done" },
      { channel: "email", status: "bounced" },
    ]);
    expect(counts).toEqual({ total: 6, delivered: 1, onItsWay: 1, waiting: 2, youSent: 1, failed: 1 });
    expect(summarizeDeliveries("en", counts)).toBe(
      "1 delivered by Chorus, 1 on its way, 2 waiting for you, 1 sent by you, and 1 could not be delivered",
    );
    expect(
      summarizeDeliveries("es", countDeliveries([{ channel: "contact_form", status: "handoff_ready" }])),
    ).toBe("1 te espera");
  });
});

describe("handoff kind", () => {
  it("is a form only when the address is the official's published contact form", () => {
    expect(handoffKind("https://a.gov/contact", "https://a.gov/contact")).toBe("form");
    expect(handoffKind("https://a.gov", "https://a.gov/contact")).toBe("website");
    expect(handoffKind("https://a.gov", null)).toBe("website");
    expect(
      handoffAddress(null, { contactFormUrl: "https://a.gov/contact", websiteUrl: "https://a.gov" }),
    ).toEqual({
      url: "https://a.gov/contact",
      kind: "form",
    });
    expect(handoffAddress(null, { contactFormUrl: null, websiteUrl: "https://a.gov" })).toEqual({
      url: "https://a.gov",
      kind: "website",
    });
  });
});
