import type { Catalog } from "../errors";

/** Writing and sending a letter: templates, submission, receipts, replies (lib/letters). */
export const catalog: Catalog = {
  exact: {},
  patterns: [],
};
