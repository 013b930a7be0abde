/**
 * Every email in Spanish (issue 8, item 3): subject and words from the Spanish dictionary, no English left of
 * the words Chorus writes, `<html lang="es">`, links untouched; English output as before.
 */
import { render } from "@react-email/render";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locale";
import { queuedTemplates } from "./index";
import * as dictionaries from "./messages";
import { previews } from "./previews/props";
import SignInEmail, { signInSubject } from "./sign-in";

type Rendered = { subject: string; html: string; text: string };

const HOLE = "\u0001";

/**
 * The fixed English words of every dictionary: plain strings whole, and a function's words around its
 * arguments (called with a marker for names and 7 for numbers, then split there). Fragments of one word are
 * left out: they are too short to tell English from a shared word ("Chorus", "email").
 */
function englishFragments(): string[] {
  const out = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string") {
      out.add(value);
    } else if (typeof value === "function") {
      const args = Array.from({ length: value.length }, (_, i) => (i === 2 ? 7 : HOLE));
      for (const numbers of [args, args.map(() => 7)]) {
        let text: unknown;
        try {
          text = value(...numbers);
        } catch {
          continue;
        }
        if (typeof text !== "string") continue;
        for (const part of text.split(new RegExp(`${HOLE}|7`))) out.add(part);
      }
    } else if (value && typeof value === "object") {
      for (const inner of Object.values(value)) collect(inner);
    }
  };
  for (const dictionary of Object.values(dictionaries)) collect(dictionary.en);
  return [...out]
    .map((part) => part.trim().replace(/^[,.:;“”()]+|[,.:;“”()]+$/g, ""))
    .filter((part) => /\p{L}{2,}[\s,.;:!?'’]+\p{L}{2,}/u.test(part));
}

const ENGLISH = englishFragments();

/** Sample words typed by people (names, titles, an organizer's message): they stay as typed. */
function typedWords(props: object): string[] {
  const words: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") words.push(value);
    else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
  };
  collect(props);
  return words;
}

function englishLeftIn(rendered: Rendered, props: object): string[] {
  const typed = typedWords(props);
  const text = `${rendered.subject}\n${rendered.text}`;
  return ENGLISH.filter((fragment) => text.includes(fragment) && !typed.some((t) => t.includes(fragment)));
}

async function renderQueued(name: keyof typeof queuedTemplates, props: object, locale: Locale) {
  const template = queuedTemplates[name] as unknown as {
    subject: (p: object) => string;
    render: (p: object) => ReturnType<typeof createElement>;
  };
  const withLocale = { ...props, locale };
  const element = template.render(withLocale);
  return {
    subject: template.subject(withLocale),
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}

/** A Spanish subject and a heading for each template, as the reader sees them. */
const EXPECTED: Record<keyof typeof queuedTemplates, { subject: string; text: string[] }> = {
  welcome: {
    subject: "Te damos la bienvenida a Chorus",
    text: ["TE DAMOS LA BIENVENIDA, ANA", "Ve las campañas a las que puedes unirte"],
  },
  "confirm-letter": {
    subject: "Confirma tu carta: Keep families housed",
    text: ["FALTA UN PASO, SAM", "Confirmar y enviar mi carta", "El enlace funciona durante 48 horas"],
  },
  "letter-already-sent": {
    subject: "Ya escribiste para Keep families housed",
    text: ["YA ESCRIBISTE TU CARTA", "Ve tu carta y lo que pasó con ella"],
  },
  "letter-receipt": {
    subject: "Tu carta para Keep families housed: a dónde va",
    text: [
      "GRACIAS, LENA",
      "City Council, Council Members: se enviará por correo electrónico (Chorus la envía)",
      "Richard J. Durbin, U.S. Senator: va en camino al sistema de correo de constituyentes de su oficina (Chorus la entrega)",
      "Janice D. Schakowsky, U.S. Representative: te espera a ti: su sitio web (no tenemos un formulario de contacto suyo)",
      "Una carta te espera para que la envíes tú",
    ],
  },
  "reply-check": {
    subject: "¿City Council o Richard J. Durbin respondió a tu carta sobre “Keep families housed”?",
    text: ["¿TE RESPONDIERON, SAM?", "escribiste a City Council y Richard J. Durbin", "durante 60 días"],
  },
  "pledge-confirmation": {
    subject: "Ya tienes tu lugar: Know-your-rights clinic con Pilsen Tenants Union",
    text: ["GRACIAS, SAM", "Cuándo: sábado, 5 de diciembre, 10:00 a.m. – 1:00 p.m. hora del Centro"],
  },
  "pledge-reminder": {
    subject: "Mañana: Know-your-rights clinic con Pilsen Tenants Union",
    text: ["NOS VEMOS MAÑANA, SAM", "Cuándo: sábado, 5 de diciembre", "Dónde: 1831 S Racine Ave, Chicago"],
  },
  "shift-change": {
    subject: "Nuevo horario o lugar: Know-your-rights clinic con Pilsen Tenants Union",
    text: [
      "ESTE TURNO CAMBIÓ",
      "Cuándo: sábado, 5 de diciembre, 10:00 a.m. – 1:00 p.m. hora del Centro",
      "Antes: sábado, 5 de diciembre, 9:00 a.m. – 12:00 p.m. hora del Centro",
    ],
  },
  "volunteer-message": {
    subject: "Side door on Saturday (Casa del Pueblo Tenants Union)",
    text: [
      "Hola, Sam: Marisol, de Casa del Pueblo Tenants Union, escribió",
      "“Know-your-rights clinic”, sábado, 5 de diciembre, 10:00 a.m. – 1:00 p.m. hora del Centro.",
      "Coffee is on us.",
    ],
  },
  "organization-invite": {
    subject: "Únete a Neighbors for Fair Housing en Chorus",
    text: ["Ana Rivera te invitó a unirte", "con el rol de organizador", "Aceptar la invitación"],
  },
  "confirm-target": {
    subject: "Neighbors for Fair Housing quiere enviarte cartas a través de Chorus",
    text: ["Ana Rivera, de Neighbors for Fair Housing", "Revisar y confirmar", "durante 7 días"],
  },
  "campaign-update": {
    subject: "We're at 1,000 letters (Casa del Pueblo Tenants Union)",
    text: ["Novedades de Casa del Pueblo Tenants Union sobre", "Dejar de recibir novedades de"],
  },
};

/** Every address in the sample props that is a link. */
function links(props: object): string[] {
  return typedWords(props).filter((word) => /^https?:\/\//.test(word));
}

describe("emails in Spanish", () => {
  it("finds the English words it looks for (the check itself works)", async () => {
    expect(ENGLISH).toContain("Or paste this address into your browser");
    expect(ENGLISH).toContain("Use the button below to sign in. The link works once and expires in");
    const english = await renderQueued("confirm-letter", previews["confirm-letter"], "en");
    expect(englishLeftIn(english, previews["confirm-letter"]).length).toBeGreaterThan(3);
  });

  for (const name of Object.keys(EXPECTED) as (keyof typeof queuedTemplates)[]) {
    it(`${name}: Spanish subject and words, no English of ours, links intact`, async () => {
      const props = previews[name];
      const spanish = await renderQueued(name, props, "es");
      expect(spanish.subject).toBe(EXPECTED[name].subject);
      for (const words of EXPECTED[name].text) expect(spanish.text).toContain(words);
      expect(spanish.html).toMatch(/<html[^>]* lang="es"/);
      expect(spanish.text).toContain("Chorus: ser aliado es actuar. Recibes este correo");
      expect(englishLeftIn(spanish, props)).toEqual([]);
      for (const href of links(props)) {
        if (href.includes("/api/unsubscribe/")) continue; // the List-Unsubscribe header's, not the body's
        expect(spanish.html).toContain(`href="${href.replace(/&/g, "&amp;")}`);
      }
    });
  }

  it("the sign-in email", async () => {
    const props = { ...previews["sign-in"], locale: "es" as const };
    const element = createElement(SignInEmail, props);
    const rendered = {
      subject: signInSubject(props),
      html: await render(element),
      text: await render(element, { plainText: true }),
    };
    expect(rendered.subject).toBe("Tu enlace para iniciar sesión en localhost:3000");
    expect(rendered.text).toContain("vence en 10 minutos");
    expect(rendered.text).toContain("O pega esta dirección en tu navegador:");
    expect(rendered.html).toContain(`href="${props.url}"`);
    expect(rendered.html).toMatch(/<html[^>]* lang="es"/);
    expect(englishLeftIn(rendered, props)).toEqual([]);
  });

  it("says each pledge and role its own way", async () => {
    const donation = await renderQueued(
      "pledge-confirmation",
      {
        ...previews["pledge-confirmation"],
        kind: "donation",
        amount: "$10.50 a month",
        amountCents: 1050,
        frequency: "monthly",
        donationUrl: "https://example.org/give",
      },
      "es",
    );
    expect(donation.subject).toBe("Gracias por tu compromiso con Pilsen Tenants Union");
    expect(donation.text).toContain("Te comprometiste a donar $10.50 al mes a Pilsen Tenants Union");
    expect(donation.html).toContain('href="https://example.org/give"');
    const online = await renderQueued(
      "pledge-reminder",
      { ...previews["pledge-reminder"], location: "Online (the group will send the link)", isRemote: true },
      "es",
    );
    expect(online.text).toContain("Dónde: En línea (el grupo te enviará el enlace)");
    const owner = await renderQueued(
      "organization-invite",
      { ...previews["organization-invite"], role: "owner" },
      "es",
    );
    expect(owner.text).toContain("con el rol de propietario");
    const test = await renderQueued(
      "campaign-update",
      { ...previews["campaign-update"], isTest: true },
      "es",
    );
    expect(test.subject).toMatch(/^\[Prueba\] /);
    expect(test.text).toContain("Esto es una prueba");
    const one = await renderQueued("reply-check", { ...previews["reply-check"], officialNames: [] }, "es");
    expect(one.subject).toBe("¿Alguien respondió a tu carta sobre “Keep families housed”?");
    expect(one.text).toContain("escribiste a tus representantes");
  });

  it("English stays English, with the words it always had", async () => {
    const english = await renderQueued("letter-receipt", previews["letter-receipt"], "en");
    expect(english.subject).toBe("Your letter for Keep families housed: where it goes");
    expect(english.html).toMatch(/<html[^>]* lang="en"/);
    expect(english.text).toContain(
      "One letter waits for you to send it yourself: your receipt has it ready to paste.",
    );
    const reply = await renderQueued("reply-check", previews["reply-check"], "en");
    expect(reply.subject).toBe(
      "Did City Council or Richard J. Durbin reply to your letter about “Keep families housed”?",
    );
    // Without a locale (jobs queued before this change): English.
    const old = await renderQueued("welcome", previews.welcome, undefined as unknown as Locale);
    expect(old.subject).toBe("Welcome to Chorus");
  });
});
