import type { Catalog } from "../errors";

/** Finding officials: ZIPs, addresses, districts (lib/officials, app/api/officials). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
