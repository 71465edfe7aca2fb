import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChoosePage } from "@/features/participation/components/choose-page";
import { parseChooseFilter } from "@/features/participation/filters";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signups.choose"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const user = await requirePermission("area.politician", "/politiker/aktiviteter");
  return <ChoosePage userId={user.id} filter={parseChooseFilter(await searchParams)} />;
}
