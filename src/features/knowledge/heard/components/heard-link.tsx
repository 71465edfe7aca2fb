import { getLocale, getTranslations } from "next-intl/server";
import { Card, Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { LANGUAGE_PARAM } from "@/lib/i18n/config";
import { heardIsPublic } from "../queries";

/**
 * The way to "Dette har vi hørt" from the process page and from a receipt: nothing until the
 * page is published. The link keeps the reader's language (?sprak=).
 */
export async function HeardLink({ processSlug, processTitle, variant }: { processSlug: string; processTitle: string; variant: "process" | "receipt" }) {
  if (!(await heardIsPublic(processSlug))) return null;
  const [t, locale] = await Promise.all([getTranslations("heard.public"), getLocale()]);
  const href = `/prosesser/${processSlug}/dette-har-vi-hort${locale === "nb" ? "" : `?${LANGUAGE_PARAM}=${locale}`}`;
  if (variant === "process") {
    return (
      <Card data-color="accent" className="max-w-2xl">
        <Paragraph>
          <TextLink href={href}>{t("linkFromProcess")}</TextLink>
        </Paragraph>
      </Card>
    );
  }
  return (
    <Section id="hort-tittel" heading={t("linkFromReceipt", { title: processTitle })} className="space-y-3">
      <Paragraph>{t("linkFromReceiptBody")}</Paragraph>
      <TextLink href={href}>{t("readHeard")}</TextLink>
    </Section>
  );
}
