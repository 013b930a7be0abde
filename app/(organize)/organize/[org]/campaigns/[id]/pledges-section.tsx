import Link from "next/link";
import { Section, type SectionProps } from "./section";

/** Ways to help (pledges) are offered by groups: where to find them. */
export function PledgesSection({ org, t }: Pick<SectionProps, "org" | "t">) {
  return (
    <Section id="pledges" title={t.waysToHelp}>
      <p>
        {t.pledgesIntro}{" "}
        <Link href={`/groups/${org}/dashboard`} className="text-brand-800 underline">
          {t.openGroupDashboard}
        </Link>{" "}
        {t.forGroups}{" "}
        <Link href="/groups" className="text-brand-800 underline">
          {t.groupsDirectory}
        </Link>
        .
      </p>
    </Section>
  );
}
