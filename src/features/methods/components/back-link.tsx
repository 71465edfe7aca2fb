import { getTranslations } from "next-intl/server";
import NextLink from "next/link";

/** "Back to the toolbox", above the h1 of the create and edit pages. */
export async function BackLink() {
  const t = await getTranslations("methods");
  return (
    <p className="mb-4">
      <NextLink className="ds-link" href="/admin/verktoybank">
        <span aria-hidden="true">← </span>
        {t("backToList")}
      </NextLink>
    </p>
  );
}
