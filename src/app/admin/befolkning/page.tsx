import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PopulationPage } from "@/features/population/components/population-page";
import { requirePermission } from "@/lib/session";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("population");
  return { title: t("title") };
}

/** Population per district and age band (administration only). */
export default async function Page({ searchParams }: Props) {
  await requirePermission("population.manage", "/admin/befolkning");
  const q = await searchParams;
  const year = q.ar && /^\d{4}$/.test(q.ar) ? Number(q.ar) : undefined;
  return <PopulationPage year={year} />;
}
