// The not-found page for an unknown receipt code: the lookup box to try again, not a bare 404.
// Rendered by app/not-found.tsx when the proxy found the code missing (no JavaScript needed)
// and when the receipt page itself finds the code missing (pageNotFound("receipt")).
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { ReceiptLookup } from "./receipt-lookup";

export async function ReceiptNotFound() {
  const [t, tc] = await Promise.all([getTranslations("forms.lookup"), getTranslations("common")]);
  return (
    <>
      <title>{`${t("notFoundTitle")} – ${tc("appName")}`}</title>
      <PageHeading title={t("notFoundTitle")} lead={t("notFoundBody")} />
      <ReceiptLookup />
    </>
  );
}
