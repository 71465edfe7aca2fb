import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/page-heading";
import { titleFrom } from "@/components/route-page";
import { ReceiptLookup } from "@/features/inputs/submit/components/receipt-lookup";
import { isUiLocale, LANGUAGE_PARAM } from "@/lib/i18n/config";
import { normalizeReceiptCode } from "@/lib/receipt-code";

export const generateMetadata = titleFrom("forms.lookup");

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ searchParams }: Props) {
  const query = await searchParams;
  const typed = query.kode;
  const code = typed ? normalizeReceiptCode(typed) : null;
  const language = query[LANGUAGE_PARAM];
  if (code) redirect(`/kvittering/${code}${isUiLocale(language) ? `?${LANGUAGE_PARAM}=${language}` : ""}`);
  const t = await getTranslations("forms.lookup");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ReceiptLookup error={typed !== undefined ? t("badFormat") : undefined} value={typed} />
    </>
  );
}
