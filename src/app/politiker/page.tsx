import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PoliticianHome } from "@/features/dashboard/components/politician-home";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("areas.politician"))("title") };
}

export default async function Page() {
  const user = await requirePermission("area.politician", "/politiker");
  return <PoliticianHome userId={user.id} />;
}
