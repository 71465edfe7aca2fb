import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { ReceiptLookup } from "@/features/inputs/components/receipt-lookup";

/** An unknown receipt code: a friendly page with the lookup box, not a bare 404. */
export default async function ReceiptNotFound() {
  const [t, tc] = await Promise.all([getTranslations("forms.lookup"), getTranslations("common")]);
  return (
    <>
      <title>{`${t("notFoundTitle")} – ${tc("appName")}`}</title>
      <PageHeading title={t("notFoundTitle")} lead={t("notFoundBody")} />
      <ReceiptLookup />
    </>
  );
}
