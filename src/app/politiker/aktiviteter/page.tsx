import { titleFrom } from "@/components/route-page";
import { ChoosePage } from "@/features/participation/components/choose-page";
import { parseChooseFilter } from "@/features/participation/filters";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("signups.choose");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const user = await requirePermission("area.politician", "/politiker/aktiviteter");
  return <ChoosePage userId={user.id} filter={parseChooseFilter(await searchParams)} />;
}
