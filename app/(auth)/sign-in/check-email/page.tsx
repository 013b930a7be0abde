import type { Metadata } from "next";
import Link from "next/link";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/constants";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Check your email</h1>
      <p className="mt-3 text-stone-700">
        We sent you a sign-in link. Open it on this device to continue. The link works once and expires in{" "}
        {MAGIC_LINK_MINUTES} minutes.
      </p>
      <p className="mt-3 text-stone-700">
        Nothing arrived after a few minutes? Look in your spam folder, or{" "}
        <Link href="/sign-in" className="font-medium text-brand-800 underline">
          ask for a new link
        </Link>
        .
      </p>
    </div>
  );
}
