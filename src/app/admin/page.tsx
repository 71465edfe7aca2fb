import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminHome } from "@/features/dashboard/components/admin-home";
import { inputFigures } from "@/features/knowledge/search/inbox-counts";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("areas.admin"))("title") };
}

export default async function Page() {
  await requirePermission("area.admin", "/admin");
  return <AdminHome figures={inputFigures} />;
}
