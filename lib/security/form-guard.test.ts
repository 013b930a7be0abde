import { afterEach, describe, expect, it } from "vitest";
import { reloadEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { checkFormGuard, formStamp, HONEYPOT_FIELD, STAMP_FIELD } from "./form-guard";

const shownAt = 1_800_000_000_000;
const sent = (values: Record<string, string>, after: number) => () => checkFormGuard(values, shownAt + after);

afterEach(() => {
  delete process.env.FORM_MIN_FILL_MS;
  reloadEnv();
});

describe("checkFormGuard", () => {
  it("lets a person through who took a few seconds and left the hidden field alone", () => {
    expect(sent({ [STAMP_FIELD]: formStamp(shownAt), [HONEYPOT_FIELD]: "" }, 8_000)).not.toThrow();
  });

  it("refuses a form sent faster than a person could fill it", () => {
    expect(sent({ [STAMP_FIELD]: formStamp(shownAt) }, 400)).toThrow("very quick");
    process.env.FORM_MIN_FILL_MS = "0";
    reloadEnv();
    expect(sent({ [STAMP_FIELD]: formStamp(shownAt) }, 400)).not.toThrow();
  });

  it("refuses a filled honeypot, a missing, forged or stale stamp, with a 400", () => {
    const stamp = formStamp(shownAt);
    const cases: [Record<string, string>, number, string][] = [
      [{ [STAMP_FIELD]: stamp, [HONEYPOT_FIELD]: "https://spam.example" }, 8_000, "automated"],
      [{}, 8_000, "expired"],
      [{ [STAMP_FIELD]: `${shownAt - 60_000}.${stamp.split(".")[1]}` }, 8_000, "expired"],
      [{ [STAMP_FIELD]: "garbage" }, 8_000, "expired"],
      [{ [STAMP_FIELD]: stamp }, 25 * 3600 * 1000, "expired"],
      [{ [STAMP_FIELD]: stamp }, -5_000, "expired"],
    ];
    for (const [values, after, words] of cases) {
      let caught: unknown;
      try {
        checkFormGuard(values, shownAt + after);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(values)).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe("INVALID_INPUT");
      expect((caught as AppError).message).toContain(words);
    }
  });
});
