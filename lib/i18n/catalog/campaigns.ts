import type { Catalog } from "../errors";

/** The campaign page and its actions: joining, steps, sharing (lib/campaigns, app/(public)/campaigns). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
