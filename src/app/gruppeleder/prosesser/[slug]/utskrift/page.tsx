import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { councilCase } from "@/features/group-leader/case/council-case";
import { CasePrintPage } from "@/features/group-leader/components/case-print-page";
import { dashboardProcess } from "@/features/group-leader/progress-queries";
import { toUiLocale } from "@/lib/i18n/config";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, t] = await Promise.all([params, getTranslations("groupLeader.case")]);
  const process = await dashboardProcess(slug);
  return { title: process ? t("title", { title: process.title }) : undefined };
}

/** The case for the council, made for printing (group leaders and the administration). */
export default async function Page({ params }: Props) {
  const { slug } = await params;
  await requirePermission("dashboard.read", `/gruppeleder/prosesser/${slug}/utskrift`);
  const process = await dashboardProcess(slug);
  if (!process) pageNotFound();
  const [locale, h] = await Promise.all([getLocale(), headers()]);
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  const c = await councilCase(process, { locale: toUiLocale(locale), baseUrl: `${proto}://${host}` });
  return <CasePrintPage c={c} locale={toUiLocale(locale)} />;
}
