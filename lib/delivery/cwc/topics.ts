/**
 * The Library of Congress topics a CWC message may carry (`LibraryOfCongressTopic`), exactly the 32 strings
 * that three independent vendors' builders agree on (../shared/CWC-NOTES.md, section 4). Any other value is
 * rejected by both chambers. The House list reportedly has one newer addition the Senate lacks; it is not
 * known, and the Senate asks vendors to use these values, so only these are offered.
 */
export const CWC_TOPICS = [
  "Agriculture and Food",
  "Animals",
  "Armed Forces and National Security",
  "Arts, Culture, Religion",
  "Civil Rights and Liberties, Minority Issues",
  "Commerce",
  "Congress",
  "Crime and Law Enforcement",
  "Economics and Public Finance",
  "Education",
  "Emergency Management",
  "Energy",
  "Environmental Protection",
  "Families",
  "Finance and Financial Sector",
  "Foreign Trade and International Finance",
  "Government Operations and Politics",
  "Health",
  "Housing and Community Development",
  "Immigration",
  "International Affairs",
  "Labor and Employment",
  "Law",
  "Native Americans",
  "Public Lands and Natural Resources",
  "Science, Technology, Communications",
  "Social Sciences and History",
  "Social Welfare",
  "Sports and Recreation",
  "Taxation",
  "Transportation and Public Works",
  "Water Resources Development",
] as const;

export type CwcTopic = (typeof CWC_TOPICS)[number];

const TOPIC_SET: ReadonlySet<string> = new Set(CWC_TOPICS);

export function isCwcTopic(value: unknown): value is CwcTopic {
  return typeof value === "string" && TOPIC_SET.has(value);
}

/** The stored topics that are valid, in the list's order, each once (a campaign row may hold stale values). */
export function validCwcTopics(values: readonly unknown[] | null | undefined): CwcTopic[] {
  const given = new Set((values ?? []).filter(isCwcTopic));
  return CWC_TOPICS.filter((topic) => given.has(topic));
}
