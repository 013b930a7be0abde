import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

export const metadata: Metadata = { robots: { index: false } };

/** The organizer console: its own small navigation under the site's header. */
export default function OrganizeLayout({ children }: { children: ReactNode }) {
  return (
    <div>
      <nav aria-label="Organizer console" className="mb-6 border-b border-stone-200 pb-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          <li>
            <Link href="/organize" className="text-brand-800 underline">
              Your organizations
            </Link>
          </li>
          <li>
            <Link href="/groups" className="hover:underline">
              Community groups
            </Link>
          </li>
          <li>
            <Link href="/account" className="hover:underline">
              Your account
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
