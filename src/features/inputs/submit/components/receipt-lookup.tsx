import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { Section } from "@/components/section";
import { LANGUAGE_PARAM, localeFromUrl } from "@/lib/i18n/config";
import { currentPath } from "@/lib/request-context";

/** A plain GET form to /kvittering, so it works without JavaScript; keeps a ?sprak= language. */
export async function ReceiptLookup({ error, value }: { error?: string; value?: string }) {
  const [t, path] = await Promise.all([getTranslations("forms.lookup"), currentPath()]);
  const language = localeFromUrl(path);
  return (
    <Section id="slaa-opp" heading={t("heading")} className="max-w-md space-y-3" data-no-print>
      <form action="/kvittering" method="get" className="space-y-4">
        {language && <input type="hidden" name={LANGUAGE_PARAM} value={language} />}
        <TextField name="kode" label={t("label")} description={t("help")} error={error} defaultValue={value} autoComplete="off" spellCheck={false} />
        <Button type="submit" variant="secondary">
          {t("submit")}
        </Button>
      </form>
    </Section>
  );
}
