import { titleFrom } from "@/components/route-page";
import { HeardEditor } from "@/features/knowledge/heard/components/heard-editor";
import { noticeFrom } from "@/features/knowledge/heard/components/notice";
import { loadHeardProcess } from "@/features/knowledge/heard/load";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("heard");

export default async function Page({ params, searchParams }: Props) {
  const process = await loadHeardProcess((await params).id);
  return <HeardEditor process={process} notice={noticeFrom((await searchParams).lagret)} />;
}
