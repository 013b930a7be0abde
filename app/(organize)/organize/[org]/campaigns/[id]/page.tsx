import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "@/lib/i18n/server";
import { getCampaignForEdit } from "@/lib/organize/campaigns";
import { previewUrlFor } from "@/lib/organize/preview";
import { orNotFound, requireUser } from "../../../../load";
import { consoleMessages } from "../../../../messages";
import { BasicsSection } from "./basics-section";
import { BillBuilder } from "./bill-builder";
import { BuilderHeader } from "./builder-header";
import { ContentSection } from "./content-section";
import { CwcBuilder } from "./cwc-builder";
import { EmbedSection } from "./embed-section";
import { LetterSection } from "./letter-section";
import { builderMessages } from "./messages";
import { PledgesSection } from "./pledges-section";
import { PublishSection } from "./publish-section";
import type { SectionProps } from "./section";
import { StepsBuilder } from "./steps-builder";
import { TargetsSection } from "./targets-section";
import { TranslationSection } from "./translation-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: builderMessages[await getLocale()].title };
}

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ zip?: string | string[]; official?: string | string[] }>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The campaign builder: one section per part of the campaign, each its own server component. */
export default async function CampaignBuilderPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const query = await searchParams;
  const path = `/organize/${org}/campaigns/${id}`;
  const user = await requireUser(path);
  const locale = await getLocale();
  const t = builderMessages[locale];
  const campaign = await orNotFound(getCampaignForEdit(user, id, locale));
  if (campaign.organizationSlug !== org) notFound();
  const previewLink = campaign.status === "preview" ? await previewUrlFor(user, id) : null;
  const can = campaign.canEdit;
  const section: SectionProps = { org, id, campaign, t, can };

  return (
    <div className="mx-auto max-w-3xl">
      <BuilderHeader {...section} words={consoleMessages[locale]} path={path} previewLink={previewLink} />

      {campaign.status === "published" || campaign.status === "closed" ? (
        <EmbedSection slug={campaign.slug} />
      ) : null}

      {can ? <PublishSection {...section} /> : null}

      <BasicsSection {...section} />

      <TargetsSection
        {...section}
        path={path}
        user={user}
        locale={locale}
        officialQuery={one(query.official)?.trim()}
      />

      {campaign.hasCongress ? (
        <CwcBuilder org={org} id={id} canEdit={can} topics={campaign.cwcTopics} stance={campaign.cwcStance} />
      ) : null}

      <BillBuilder org={org} id={id} slug={campaign.slug} canEdit={can} />

      <LetterSection {...section} path={path} user={user} locale={locale} zip={one(query.zip)?.trim()} />

      <TranslationSection
        user={user}
        org={org}
        id={id}
        slug={campaign.slug}
        language={campaign.language}
        canEdit={can}
      />

      <StepsBuilder user={user} org={org} id={id} slug={campaign.slug} canEdit={can} />

      <ContentSection {...section} user={user} />

      <PledgesSection org={org} t={t} />
    </div>
  );
}
