import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Your account is deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Your account is deleted</h1>
      <p className="mt-3">
        We removed your account and signed you out everywhere. Letters that were delivered stay with the
        people who received them, without your name in our copy. Thank you for the action you took.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-brand-800 underline">
          Back to Chorus
        </Link>
      </p>
    </div>
  );
}
