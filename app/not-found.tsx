import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";
import { errorPages } from "./errors.messages";

export default async function NotFound() {
  const t = await getMessages(errorPages);
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1 className="text-3xl font-bold">{t.notFoundHeading}</h1>
      <p className="mt-3 text-stone-700">{t.notFoundText}</p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
          {t.seeCampaigns}
        </Link>
      </p>
    </div>
  );
}
