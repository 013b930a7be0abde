import type { Catalog } from "../errors";

/** Form guard and rate limits (lib/security). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
