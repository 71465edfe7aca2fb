"use client";

import { useTranslations } from "next-intl";
import { Button, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";

/** Error boundary for pages. The digest is the id under which the server logged the error. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <>
      <title>{t("title")}</title>
      <PageHeading title={t("title")} lead={t("body")} />
      {error.digest && <Paragraph data-size="sm">{t("reference", { id: error.digest })}</Paragraph>}
      <Button className="mt-4" onClick={reset}>
        {t("retry")}
      </Button>
    </>
  );
}
