import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorText } from "@/lib/i18n/errors";
import { formValues } from "./actions";
import { parseForm } from "./server-actions";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("form values", () => {
  it("drops Next's internal fields and the NUL character no person types (Postgres text cannot hold it)", () => {
    expect(formValues(form({ $ACTION_ID_1: "x", title: "Rent\u0000 relief" }))).toEqual({
      title: "Rent relief",
    });
  });

  it("parseForm names each field at fault, in words (a zod message of its own becomes a generic one)", async () => {
    const result = await parseForm(
      z.object({
        zip: z.string().regex(/^\d{5}$/, errorText.letters.zipCode5DigitsLike),
        name: z.string().min(1),
      }),
      form({ zip: "6", name: "" }),
    );
    expect(result).toEqual({
      ok: false,
      state: expect.objectContaining({
        status: "error",
        message: "Please check the highlighted fields.",
        fieldErrors: { zip: ["A ZIP code is 5 digits, like 60623."], name: ["Please check this."] },
      }),
    });
  });
});
