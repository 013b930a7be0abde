import type { Catalog } from "../errors";

/** Pledges and pledge options (lib/pledges). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
