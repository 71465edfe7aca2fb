import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { UI_LOCALES, withoutLanguageParam } from "@/lib/i18n/config";
import { currentPath } from "@/lib/request-context";

/**
 * The current language, shown (bold, aria-current) so a visitor sees which one is active, then
 * one button per other language; a form post, so it works without JavaScript.
 */
/** How the active language stands out among the links (bold and underlined by a bar, not by colour alone). */
export const CURRENT_LANGUAGE = "font-bold border-b-4 border-current no-underline";

export async function LanguageSwitch() {
  const [t, locale, path] = await Promise.all([getTranslations("common.language"), getLocale(), currentPath()]);
  return (
    <form action={setLocaleAction} className="flex items-center gap-2">
      {/* Without ?sprak=, so the page follows the language chosen here. */}
      <input type="hidden" name="returnTo" value={withoutLanguageParam(path)} />
      {UI_LOCALES.map((l) =>
        l === locale ? (
          <span key={l} lang={l} aria-current="true" className={CURRENT_LANGUAGE}>
            {t(l)}
          </span>
        ) : (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-label={t("switchTo", { language: t(l) })}
            className="ds-link cursor-pointer border-0 bg-transparent p-0"
          >
            {t(l)}
          </button>
        ),
      )}
    </form>
  );
}
