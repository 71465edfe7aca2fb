import "./globals.css";
import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ClientTextsProvider } from "@/components/client-texts";
import { SkipLink } from "@/components/ds";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";
import { clientTexts } from "@/lib/i18n/client-messages";
import { toUiLocale } from "@/lib/i18n/config";
import { MISSING_KIND_HEADER } from "@/lib/missing-pages";

export async function generateMetadata(): Promise<Metadata> {
  const [t, missing] = await Promise.all([getTranslations("common"), headers().then((h) => h.get(MISSING_KIND_HEADER))]);
  // A missing resource the proxy sent to not-found.tsx: its title, not the bare app name (the
  // not-found page's own <title> comes after this one, and the first one counts).
  const missingTitle =
    missing &&
    (missing === "receipt" ? (await getTranslations("forms.lookup"))("notFoundTitle") : missing === "forbidden" ? t("forbidden.title") : t("notFound.title"));
  return {
    title: { default: missingTitle ? `${missingTitle} – ${t("appName")}` : t("appName"), template: `%s – ${t("appName")}` },
    description: t("tagline", { municipality: env().MEDVIRK_MUNICIPALITY }),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale} data-color-scheme="light">
      <body className="flex min-h-screen flex-col">
        <SkipLink href="#main">{t("skipLink")}</SkipLink>
        {/* No next-intl client provider here: public client components get their texts as props; this
            context holds only the error summary's title and the error boundary's texts. Staff areas
            add next-intl's provider with the whole catalogue (StaffMessages). */}
        <ClientTextsProvider texts={clientTexts(toUiLocale(locale))}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
            {children}
          </main>
          <SiteFooter />
        </ClientTextsProvider>
      </body>
    </html>
  );
}
