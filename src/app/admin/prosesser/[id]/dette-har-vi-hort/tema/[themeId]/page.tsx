import { titleFrom } from "@/components/route-page";
import { parseInboxCursor } from "@/features/inputs/inbox/cursor";
import { noticeFrom } from "@/features/knowledge/heard/components/notice";
import { ThemePage } from "@/features/knowledge/heard/components/theme-page";
import { loadHeardProcess } from "@/features/knowledge/heard/load";
import { getHeardTheme } from "@/features/knowledge/heard/queries";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; themeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("heard");

export default async function Page({ params, searchParams }: Props) {
  const { id, themeId } = await params;
  const process = await loadHeardProcess(id, `/tema/${themeId}`);
  const theme = await getHeardTheme(process.id, themeId);
  if (!theme) pageNotFound();
  const sp = await searchParams;
  return <ThemePage process={process} theme={theme} cursor={parseInboxCursor(sp.etter)} notice={noticeFrom(sp.lagret)} />;
}
