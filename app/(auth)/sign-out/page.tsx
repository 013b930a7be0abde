import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { getMessages } from "@/lib/i18n/server";
import { authPages } from "../messages";
import { signOutAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(authPages)).signOutTitle };
}

export default async function SignOutPage() {
  const user = await getSessionUser();
  if (!user) redirect("/");
  const t = await getMessages(authPages);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.signOutHeading}</h1>
      <p className="mt-3 mb-6 text-stone-700">{t.signedInAs(user.email)}</p>
      <form action={signOutAction}>
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.signOut}
        </button>
      </form>
    </div>
  );
}
