import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/page-heading";
import { ReceiptLookup } from "@/features/inputs/components/receipt-lookup";
import { normalizeReceiptCode } from "@/features/inputs/receipt-code";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forms.lookup"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ searchParams }: Props) {
  const typed = (await searchParams).kode;
  const code = typed ? normalizeReceiptCode(typed) : null;
  if (code) redirect(`/kvittering/${code}`);
  const t = await getTranslations("forms.lookup");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ReceiptLookup error={typed !== undefined ? t("badFormat") : undefined} value={typed} />
    </>
  );
}
