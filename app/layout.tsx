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
          <nav
            aria-label={t.mainNav}
            className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3"
          >
            <Link href="/" className="text-xl font-bold tracking-tight text-brand-800">
              Chorus
            </Link>
            <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
              <li>
                <Link href="/" className="hover:underline">
                  {t.campaigns}
                </Link>
              </li>
              <li>
                <Link href="/groups" className="hover:underline">
                  {t.groups}
                </Link>
              </li>
              <li>
                <Link href="/officials" className="hover:underline">
                  {t.yourOfficials}
                </Link>
              </li>
              {user ? (
                <>
                  <li>
                    <Link href="/account" className="hover:underline">
                      {t.yourAccount}
                    </Link>
                  </li>
                  <li>
                    <Link href="/sign-out" className="hover:underline">
                      {t.signOut}
                    </Link>
                  </li>
                </>
              ) : (
                <li>
                  <Link
                    href="/sign-in"
                    className="rounded bg-brand-800 px-3 py-1.5 text-white hover:bg-brand-900"
                  >
                    {t.signIn}
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
