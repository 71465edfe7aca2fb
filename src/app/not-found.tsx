import { Link, Paragraph } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/page-heading";
import { requestId } from "@/lib/request-context";

export default async function NotFound() {
  const [t, id] = await Promise.all([getTranslations("common"), requestId()]);
  return (
    <>
      {/* React hoists this into <head>; these pages have no metadata of their own. */}
      <title>{`${t("notFound.title")} – ${t("appName")}`}</title>
      <PageHeading title={t("notFound.title")} lead={t("notFound.body")} />
      <Link asChild>
        <NextLink href="/">{t("notFound.home")}</NextLink>
      </Link>
      {id && <Paragraph data-size="sm" className="mt-6">{t("error.reference", { id })}</Paragraph>}
    </>
  );
}
