// A page whose content exists in bokmål only says so, in the reader's language, when it is shown
// in nynorsk or English (the content itself carries lang="nb", see content-lang.ts).
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";

/** «This page has not been translated …», shown only when the page is not in bokmål. */
export async function UntranslatedNote({ locale: given }: { locale?: string }) {
  const locale = given ?? (await getLocale());
  if (locale === "nb") return null;
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <Alert data-color="info" className="mb-6" data-untranslated>
      <Paragraph>{t("untranslated")}</Paragraph>
    </Alert>
  );
}
