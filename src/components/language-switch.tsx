import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { UI_LOCALES, withoutLanguageParam } from "@/lib/i18n/config";
import { currentPath } from "@/lib/request-context";

/** One button per other language; a form post, so it works without JavaScript. */
export async function LanguageSwitch() {
  const [t, locale, path] = await Promise.all([getTranslations("common.language"), getLocale(), currentPath()]);
  return (
    <form action={setLocaleAction} className="flex items-center gap-2">
      {/* Without ?sprak=, so the page follows the language chosen here. */}
      <input type="hidden" name="returnTo" value={withoutLanguageParam(path)} />
      {UI_LOCALES.filter((l) => l !== locale).map((l) => (
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
      ))}
    </form>
  );
}
