import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/server";
import { findTargetConfirmation } from "@/lib/organize/target-confirmation";
import { targetConfirmPages } from "../../messages";
import { confirmTargetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: targetConfirmPages[await getLocale()].title, robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** Opening the link changes nothing (mail scanners open links too); the button confirms the address. */
export default async function ConfirmTargetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [view, locale] = await Promise.all([findTargetConfirmation(token), getLocale()]);
  const t = targetConfirmPages[locale];

  if (view.status === "expired" || view.status === "not_found") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{t.goneHeading}</h1>
        <p className="mt-3 text-stone-700">{view.status === "expired" ? t.expired : t.notFound}</p>
      </div>
    );
  }
  if (view.status === "confirmed") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{t.confirmedHeading}</h1>
        <p className="mt-3 text-stone-700" role="status">
          {t.confirmedBody(view.organizationName, view.email)}
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t.heading}</h1>
      <p className="mt-3 text-stone-700">{t.body(view.organizationName, view.targetName, view.email)}</p>
      <p className="mt-3 text-stone-700">{t.why}</p>
      <form action={confirmTargetAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.button}
        </button>
      </form>
    </div>
  );
}
