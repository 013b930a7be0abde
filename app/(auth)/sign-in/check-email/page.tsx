import type { Metadata } from "next";
import Link from "next/link";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/constants";
import { getMessages } from "@/lib/i18n/server";
import { authPages } from "../../messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(authPages)).checkTitle };
}

export default async function CheckEmailPage() {
  const t = await getMessages(authPages);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.checkHeading}</h1>
      <p className="mt-3 text-stone-700">{t.checkText(MAGIC_LINK_MINUTES)}</p>
      <p className="mt-3 text-stone-700">
        {t.nothingArrived}{" "}
        <Link href="/sign-in" className="font-medium text-brand-800 underline">
          {t.askNewLink}
        </Link>
        .
      </p>
    </div>
  );
}
