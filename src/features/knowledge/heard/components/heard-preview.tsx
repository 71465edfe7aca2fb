import { getLocale, getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { toUiLocale } from "@/lib/i18n/config";
import type { HeardProcess } from "../load";
import { getHeardPreview } from "../queries";
import { HeardView } from "./heard-view";

/** The staff's preview: the page as citizens would see it, published or not. */
export async function HeardPreview({ process }: { process: HeardProcess }) {
  const [t, locale, heard] = await Promise.all([getTranslations("heard.editor.preview"), getLocale(), getHeardPreview(process.id)]);
  return (
    <div className="space-y-6">
      <Alert data-color="warning">
        <Paragraph>{t("note")}</Paragraph>
        <TextLink href={`/admin/prosesser/${process.id}/dette-har-vi-hort`}>{t("back")}</TextLink>
      </Alert>
      {heard ? <HeardView {...heard} locale={toUiLocale(locale)} preview /> : <Paragraph>{t("empty")}</Paragraph>}
    </div>
  );
}
