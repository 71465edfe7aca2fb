import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { Paragraph } from "@/components/ds";
import { NoAccess } from "@/components/no-access";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { ReceiptNotFound } from "@/features/inputs/submit/components/receipt-not-found";
import { MISSING_KIND_HEADER } from "@/lib/missing-pages";
import { requestId } from "@/lib/request-context";

export default async function NotFound() {
  // The proxy names what was missing when it sent a public page here (src/lib/missing-pages.ts).
  const kind = (await headers()).get(MISSING_KIND_HEADER);
  if (kind === "receipt") return <ReceiptNotFound />;
  if (kind === "forbidden") return <NoAccess />;
  const [t, id] = await Promise.all([getTranslations("common"), requestId()]);
  return (
    <>
      {/* React hoists this into <head>; these pages have no metadata of their own. */}
      <title>{`${t("notFound.title")} – ${t("appName")}`}</title>
      <PageHeading title={t("notFound.title")} lead={t("notFound.body")} />
      <TextLink href="/">{t("notFound.home")}</TextLink>
      {id && (
        <Paragraph data-size="sm" className="mt-6">
          {t("error.reference", { id })}
        </Paragraph>
      )}
    </>
  );
}
