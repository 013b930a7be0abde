import type { Catalog } from "../errors";

/** Campaign translations (the Spanish version of a campaign). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
