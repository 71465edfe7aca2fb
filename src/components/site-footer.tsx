import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";
import { env } from "@/lib/env";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer data-site-footer className="mt-16 border-t border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-tinted)]">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm">{t("about", { municipality: env().MEDVIRK_MUNICIPALITY })}</p>
        <nav aria-label={t("label")}>
          <ul className="flex flex-wrap gap-5">
            <li>
              <TextLink href="/personvern">{t("privacy")}</TextLink>
            </li>
            <li>
              <TextLink href="/tilgjengelighet">{t("accessibility")}</TextLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
