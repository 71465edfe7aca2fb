import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";

/** "Back to the toolbox", above the h1 of the create and edit pages. */
export async function BackLink() {
  const t = await getTranslations("methods");
  return (
    <p className="mb-4">
      <TextLink href="/admin/verktoybank">
        <span aria-hidden="true">← </span>
        {t("backToList")}
      </TextLink>
    </p>
  );
}
