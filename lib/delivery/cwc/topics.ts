/**
 * CWC's LibraryOfCongressTopic values: exactly these 32 strings (../shared/CWC-NOTES.md, section 4); any other
 * value is refused by both chambers. Organizers choose one or more per campaign (campaigns.cwc_topics).
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

const KNOWN: ReadonlySet<string> = new Set(CWC_TOPICS);

export function isCwcTopic(value: unknown): value is CwcTopic {
  return typeof value === "string" && KNOWN.has(value);
}
