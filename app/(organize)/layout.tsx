import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getMessages } from "@/lib/i18n/server";
import { consoleMessages } from "./messages";

export const metadata: Metadata = { robots: { index: false } };

/** The organizer console: its own small navigation under the site's header. */
export default async function OrganizeLayout({ children }: { children: ReactNode }) {
  const t = await getMessages(consoleMessages);
  return (
    <div>
      <nav aria-label={t.nav} className="mb-6 border-b border-stone-200 pb-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          <li>
            <Link href="/organize" className="text-brand-800 underline">
              {t.yourOrganizations}
            </Link>
          </li>
          <li>
            <Link href="/groups" className="hover:underline">
              {t.communityGroups}
            </Link>
          </li>
          <li>
            <Link href="/account" className="hover:underline">
              {t.yourAccount}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
