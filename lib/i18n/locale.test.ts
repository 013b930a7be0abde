import { describe, expect, it } from "vitest";
import { acceptedLocales, localeFromCookieHeader, pickLocale } from "./locale";

describe("the request's language", () => {
  it("reads Accept-Language by quality, then order, Spanish variants as Spanish", () => {
    expect(acceptedLocales("es-MX,es;q=0.9,en;q=0.8")).toEqual(["es", "en"]);
    expect(acceptedLocales("en-US,en;q=0.9,es;q=0.95")).toEqual(["en", "es"]);
    expect(acceptedLocales("fr;q=1, en;q=0.2, es;q=0.7")).toEqual(["es", "en"]);
    expect(acceptedLocales("es;q=0, en")).toEqual(["en"]);
    expect(acceptedLocales("*")).toEqual([]);
    expect(acceptedLocales(undefined)).toEqual([]);
  });

  it("takes the person's choice first: the switch's cookie, then the account, then the browser", () => {
    expect(pickLocale({ cookie: "es", account: "en", acceptLanguage: "en" })).toBe("es");
    expect(pickLocale({ account: "es", acceptLanguage: "en" })).toBe("es");
    expect(pickLocale({ cookie: "de", account: null, acceptLanguage: "es-419" })).toBe("es");
    expect(pickLocale({ acceptLanguage: "fr" })).toBe("en");
    expect(pickLocale({})).toBe("en");
  });

  it("finds the switch's cookie among others, and only a language Chorus speaks", () => {
    expect(localeFromCookieHeader("a=1; chorus_lang=es; b=2")).toBe("es");
    expect(localeFromCookieHeader("chorus_lang=en")).toBe("en");
    expect(localeFromCookieHeader("chorus_lang=fr")).toBeNull();
    expect(localeFromCookieHeader("xchorus_lang=es")).toBeNull();
    expect(localeFromCookieHeader(undefined)).toBeNull();
  });
});
