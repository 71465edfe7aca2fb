import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgressPage } from "@/features/group-leader/components/progress-page";
import { dashboardProcess } from "@/features/group-leader/progress-queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, t] = await Promise.all([params, getTranslations("groupLeader.dashboard")]);
  const process = await dashboardProcess(slug);
  return { title: process ? t("title", { title: process.title }) : undefined };
}

/** One process's progress dashboard (group leaders and the administration). */
export default async function Page({ params }: Props) {
  const { slug } = await params;
  const user = await requirePermission("dashboard.read", `/gruppeleder/prosesser/${slug}`);
  const process = await dashboardProcess(slug);
  if (!process) pageNotFound();
  return <ProgressPage process={process} role={user.role} />;
}
