import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getSessionUser();
  if (!user) redirect("/");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Sign out</h1>
      <p className="mt-3 mb-6 text-stone-700">You are signed in as {user.email}. Sign out on this device?</p>
      <form action={signOutAction}>
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
