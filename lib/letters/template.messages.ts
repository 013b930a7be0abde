import { defineMessages } from "@/lib/i18n/messages";

/** What the supporter reads at each level of the "how personal" measure (also handed to public/enhance.js). */
export const PERSONALIZATION_LABELS = defineMessages({
  en: {
    template: "This is the campaign's letter, word for word.",
    some: "Some of this is in your own words.",
    personal: "This letter is personal: thank you.",
  },
  es: {
    template: "Esta es la carta de la campaña, palabra por palabra.",
    some: "Una parte está en tus propias palabras.",
    personal: "Esta carta es personal: gracias.",
  },
});

/**
 * A sample value for every merge field, shown in the organizer's previews in their language: made-up people and
 * places. The English entry's keys are the merge fields (lib/letters/template.ts), in the order the editor lists
 * them.
 */
export const MERGE_FIELD_SAMPLES = defineMessages({
  en: {
    "official.title": "Senator",
    "official.first_name": "Ana",
    "official.last_name": "Rivera",
    "official.full_name": "Ana Rivera",
    "official.state": "IL",
    "official.district": "7",
    "supporter.first_name": "Sam",
    "supporter.last_name": "Lee",
    "supporter.full_name": "Sam Lee",
    "supporter.city": "Chicago",
    "supporter.state": "IL",
    "supporter.zip": "60623",
    "campaign.title": "Keep families housed",
    "organization.name": "Neighbors for Fair Housing",
    // The campaign's bill (lib/campaigns/bills.ts); only for campaigns that name one.
    "bill.number": "SB 1234",
    "bill.title": "Right to Counsel for Tenants Act",
    "bill.status": "In the Senate Housing Committee",
    "bill.url": "https://example.org/bills/sb-1234",
  },
  es: {
    "official.title": "Senadora",
    "official.first_name": "Ana",
    "official.last_name": "Rivera",
    "official.full_name": "Ana Rivera",
    "official.state": "IL",
    "official.district": "7",
    // Samuel, so the sample's address (SAMPLE_EMAIL, sam@…) still fits the name.
    "supporter.first_name": "Samuel",
    "supporter.last_name": "López",
    "supporter.full_name": "Samuel López",
    "supporter.city": "Chicago",
    "supporter.state": "IL",
    "supporter.zip": "60623",
    "campaign.title": "Que ninguna familia pierda su hogar",
    "organization.name": "Vecinos por una Vivienda Justa",
    "bill.number": "SB 1234",
    "bill.title": "Ley de Derecho a Asesoría Legal para Inquilinos",
    "bill.status": "En el Comité de Vivienda del Senado",
    "bill.url": "https://example.org/bills/sb-1234",
  },
});
