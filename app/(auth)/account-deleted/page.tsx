import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";
import { authPages } from "../messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(authPages)).deletedTitle };
}

export default async function AccountDeletedPage() {
  const t = await getMessages(authPages);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.deletedHeading}</h1>
      <p className="mt-3">{t.deletedText}</p>
      <p className="mt-4">
        <Link href="/" className="text-brand-800 underline">
          {t.backToChorus}
        </Link>
      </p>
    </div>
  );
}
