import type { Catalog } from "../errors";

/** The campaign page and its actions: joining, steps, sharing (lib/campaigns, app/(public)/campaigns). */
export const catalog: Catalog = {
  exact: {
    "We couldn't find that campaign.": "No encontramos esa campaña.",
    "We couldn't find that campaign, or it has closed.": "No encontramos esa campaña, o ya terminó.",
    "We couldn't find that step. The organizers may have closed it.":
      "No encontramos ese paso. Puede que el equipo organizador lo haya cerrado.",
  },
  patterns: [],
};
