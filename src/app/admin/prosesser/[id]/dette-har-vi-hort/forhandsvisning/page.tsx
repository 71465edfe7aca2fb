import { titleFrom } from "@/components/route-page";
import { HeardPreview } from "@/features/knowledge/heard/components/heard-preview";
import { loadHeardProcess } from "@/features/knowledge/heard/load";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = titleFrom("heard.editor.preview");

export default async function Page({ params }: Props) {
  const process = await loadHeardProcess((await params).id, "/forhandsvisning");
  return <HeardPreview process={process} />;
}
