import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getSessionUser } from "@/lib/auth";
import { LocaleProvider } from "@/lib/i18n/client";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { LanguageSwitch } from "./_components/language-switch";
import { layoutMessages } from "./messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getMessages(layoutMessages);
  return { title: { default: t.title, template: "%s · Chorus" }, description: t.description };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7c2d12" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, locale] = await Promise.all([getSessionUser(), getLocale()]);
  const t = layoutMessages[locale];
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t.skipToContent}
        </a>
        <header className="border-b border-stone-200 bg-white">
          {/* One line at 390 px (a phone), in English and Spanish: the mark without the name, short labels, the
              other language's code; the full words from 640 px. Below about 360 px it may wrap. */}
          <nav
            aria-label={t.mainNav}
            className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-3 py-3 sm:gap-3 sm:px-4"
          >
            <Link
              href="/"
              className="flex items-center gap-2 text-xl font-bold tracking-tight text-brand-800"
            >
              <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
                <rect width="32" height="32" rx="7" fill="#7c2d12" />
                <path
                  d="M22.5 10.5a8 8 0 1 0 0 11"
                  fill="none"
                  stroke="#fff"
                  strokeWidth="4"
                  strokeLinecap="round"
                />
                <circle cx="24" cy="16" r="2.25" fill="#fbbf24" />
              </svg>
              <span className="sr-only sm:not-sr-only">Chorus</span>
            </Link>
            <ul className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-[13px] font-medium sm:gap-4 sm:text-sm">
              <li>
                <Link href="/campaigns" className="inline-block py-1 hover:underline">
                  {t.campaigns}
                </Link>
              </li>
              <li>
                <Link href="/groups" className="inline-block py-1 hover:underline">
                  {t.groups}
                </Link>
              </li>
              <li>
                <Link href="/officials" className="inline-block py-1 hover:underline">
                  <span className="sm:hidden">{t.officialsShort}</span>
                  <span className="hidden sm:inline">{t.yourOfficials}</span>
                </Link>
              </li>
              {user ? (
                <>
                  <li>
                    <Link href="/account" className="inline-block py-1 hover:underline">
                      <span className="sm:hidden">{t.accountShort}</span>
                      <span className="hidden sm:inline">{t.yourAccount}</span>
                    </Link>
                  </li>
                  {/* On a phone, "Sign out" is on the account page (no room here). */}
                  <li className="hidden sm:list-item">
                    <Link href="/sign-out" className="hover:underline">
                      {t.signOut}
                    </Link>
                  </li>
                </>
              ) : (
                <li>
                  <Link
                    href="/sign-in"
                    className="inline-block rounded bg-brand-800 px-2 py-1 text-white hover:bg-brand-900 sm:px-3 sm:py-1.5"
                  >
                    <span className="sm:hidden">{t.signInShort}</span>
                    <span className="hidden sm:inline">{t.signIn}</span>
                  </Link>
                </li>
              )}
              <li>
                <LanguageSwitch locale={locale} label={t.language} />
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <LocaleProvider locale={locale}>{children}</LocaleProvider>
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-stone-600">{t.footer}</footer>
      </body>
    </html>
  );
}
