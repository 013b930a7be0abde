/**
 * Route handlers answer errors in the request's language (issue 8, item 3): the switch's cookie, then
 * Accept-Language; the JSON's shape, codes and field names stay the same, and English is unchanged.
 */
import { describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/http";
import { POST as postLetter } from "./campaigns/[slug]/letters/route";
import { GET as getOfficial } from "./officials/[...id]/route";
import { POST as unsubscribe } from "./unsubscribe/[token]/route";

function letter(body: string, headers: Record<string, string>) {
  return postLetter(
    new Request("http://localhost/api/campaigns/demo/letters", { method: "POST", headers, body }),
    { params: Promise.resolve({ slug: "demo" }) },
  );
}

const SPANISH = { "accept-language": "es-MX,es;q=0.9,en;q=0.5" };

describe("route handler errors in Spanish", () => {
  it("the letters API: a wrong content type, bad JSON and invalid fields", async () => {
    const wrongType = await letter("zip=60623", { ...SPANISH, "content-type": "text/plain" });
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toEqual({
      error: {
        code: "INVALID_INPUT",
        message: "Envía la carta como JSON (Content-Type: application/json).",
      },
    });

    const badJson = await letter("{", { ...SPANISH, "content-type": "application/json" });
    expect((await badJson.json()).error.message).toBe("Eso no es un JSON válido.");

    const invalid = await letter("{}", { ...SPANISH, "content-type": "application/json" });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; message: string; fields: object } };
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.message).toBe("Revisa los campos marcados.");
    expect(Object.keys(body.error.fields).length).toBeGreaterThan(0);
  });

  it("English without Accept-Language, and the switch's cookie over the browser's languages", async () => {
    const english = await letter("{", { "content-type": "application/json" });
    expect((await english.json()).error.message).toBe("That is not valid JSON.");
    const chosen = await letter("{", {
      ...SPANISH,
      cookie: "chorus_lang=en",
      "content-type": "application/json",
    });
    expect((await chosen.json()).error.message).toBe("That is not valid JSON.");
    const cookieOnly = await letter("{", { cookie: "chorus_lang=es", "content-type": "application/json" });
    expect((await cookieOnly.json()).error.message).toBe("Eso no es un JSON válido.");
  });

  it("a post from another site is refused in Spanish", async () => {
    const response = await letter("{}", {
      ...SPANISH,
      origin: "https://elsewhere.example",
      "content-type": "application/json",
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "FORBIDDEN", message: "Esta solicitud vino de otro sitio, así que no la aceptamos." },
    });
  });

  it("an official's id and an unsubscribe link", async () => {
    const official = await getOfficial(
      new Request("http://localhost/api/officials/%3Cx%3E", { headers: SPANISH }),
      {
        params: Promise.resolve({ id: ["<x>"] }),
      },
    );
    expect(official.status).toBe(400);
    expect((await official.json()).error.message).toBe("Ese no es el identificador de un representante.");

    const link = await unsubscribe(
      new Request("http://localhost/api/unsubscribe/nope", {
        method: "POST",
        headers: { ...SPANISH, "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      { params: Promise.resolve({ token: "nope" }) },
    );
    expect(link.status).toBe(404);
    expect(await link.text()).toBe("Este enlace para cancelar la suscripción no es válido.");
  });

  it("an unexpected error is the generic message, in Spanish", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const response = await errorResponse(
        new Error("boom"),
        "test",
        new Request("http://localhost/api/x", { headers: SPANISH }),
      );
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        error: {
          code: "INTERNAL",
          message: "Algo salió mal de nuestro lado. Inténtalo de nuevo en un momento.",
        },
      });
    } finally {
      console.error = original;
    }
  });
});
