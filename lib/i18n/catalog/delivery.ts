import type { Catalog } from "../errors";

/** Delivery, email, webhooks (lib/delivery, lib/email, app/api). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
