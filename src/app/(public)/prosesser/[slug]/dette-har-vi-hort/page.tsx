import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HeardView } from "@/features/knowledge/heard/components/heard-view";
import { getPublicHeard } from "@/features/knowledge/heard/queries";
import { isUiLocale, LANGUAGE_PARAM } from "@/lib/i18n/config";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The page's language: ?sprak= (links from a nynorsk receipt keep nynorsk), else the visitor's.
async function localeOf(searchParams: Props["searchParams"]) {
  const asked = (await searchParams)[LANGUAGE_PARAM];
  return isUiLocale(asked) ? asked : isUiLocale(await getLocale()) ? ((await getLocale()) as "nb" | "nn" | "en") : "nb";
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const heard = await getPublicHeard((await params).slug);
  if (!heard) return {};
  const t = await getTranslations({ locale: await localeOf(searchParams), namespace: "heard" });
  return { title: `${t("title")} – ${heard.process.title}` };
}

export default async function Page({ params, searchParams }: Props) {
  const heard = await getPublicHeard((await params).slug);
  if (!heard) pageNotFound();
  return <HeardView {...heard} locale={await localeOf(searchParams)} />;
}
