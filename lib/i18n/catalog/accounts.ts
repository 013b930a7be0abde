import type { Catalog } from "../errors";

/** The account area, privacy, sign-in (lib/accounts, lib/auth). */
export const catalog: Catalog = {
  exact: {
    "We could not find your account.": "No encontramos tu cuenta.",
  },
  patterns: [],
};
