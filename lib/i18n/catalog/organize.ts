import type { Catalog } from "../errors";

/** The organizer console (lib/organize). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
