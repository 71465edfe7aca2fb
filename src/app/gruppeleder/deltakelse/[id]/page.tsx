import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { titleFrom } from "@/components/route-page";
import { TextLink } from "@/components/text-link";
import { ParticipationPage } from "@/features/participation/components/participation-page";
import { participationProcess } from "@/features/participation/participation-queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("accounts.participation");

type Props = { params: Promise<{ id: string }> };

/** The group leaders' read-only view of a process's participation. */
export default async function Page({ params }: Props) {
  const { id } = await params;
  await requirePermission("dashboard.read", `/gruppeleder/deltakelse/${id}`);
  const process = await participationProcess(id);
  if (!process) pageNotFound();
  const t = await getTranslations("accounts.participation");
  return (
    <>
      <p className="mb-4">
        <TextLink href="/gruppeleder">{t("backToGroupLeader")}</TextLink>
      </p>
      <PageHeading title={t("titleFor", { title: process.title })} lead={t("lead")} />
      <ParticipationPage process={process} canEdit={false} />
    </>
  );
}
