import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HeardPreview } from "@/features/knowledge/heard/components/heard-preview";
import { loadHeardProcess } from "@/features/knowledge/heard/load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("heard.editor.preview"))("title") };
}

export default async function Page({ params }: Props) {
  const process = await loadHeardProcess((await params).id, "/forhandsvisning");
  return <HeardPreview process={process} />;
}
