import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupLeaderHome } from "@/features/dashboard/components/group-leader-home";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("areas.groupLeader"))("title") };
}

export default async function Page() {
  await requirePermission("area.groupLeader", "/gruppeleder");
  return <GroupLeaderHome />;
}
