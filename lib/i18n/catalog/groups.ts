import type { Catalog } from "../errors";

/** Groups and their dashboards (lib/groups). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
