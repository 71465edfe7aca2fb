import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReceiptPage } from "@/features/inputs/submit/components/receipt-page";
import { getReceipt } from "@/features/inputs/submit/receipt-queries";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forms.receipt"))("title"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const receipt = await getReceipt(decodeURIComponent((await params).code));
  if (!receipt) pageNotFound("receipt");
  return <ReceiptPage receipt={receipt} fresh={(await searchParams).ny === "1"} />;
}
