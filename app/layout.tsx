import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getSessionUser } from "@/lib/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chorus: allyship is action", template: "%s · Chorus" },
  description: "Join campaigns, write to your elected officials, and pledge to community-led groups.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7c2d12" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3"
          >
            <Link href="/" className="text-xl font-bold tracking-tight text-brand-800">
              Chorus
            </Link>
            <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
              <li>
                <Link href="/" className="hover:underline">
                  Campaigns
                </Link>
              </li>
              <li>
                <Link href="/groups" className="hover:underline">
                  Groups
                </Link>
              </li>
              <li>
                <Link href="/officials" className="hover:underline">
                  Your officials
                </Link>
              </li>
              {user ? (
                <>
                  <li>
                    <Link href="/account" className="hover:underline">
                      Your account
                    </Link>
                  </li>
                  <li>
                    <Link href="/sign-out" className="hover:underline">
                      Sign out
                    </Link>
                  </li>
                </>
              ) : (
                <li>
                  <Link
                    href="/sign-in"
                    className="rounded bg-brand-800 px-3 py-1.5 text-white hover:bg-brand-900"
                  >
                    Sign in
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-stone-600">
          Chorus is open source. Allyship is action.
        </footer>
      </body>
    </html>
  );
}
