import { getTranslations } from "next-intl/server";
import { ProcessWithParts } from "@/app/(public)/prosesser/process-with-parts";
import { Alert } from "@/components/ds";
import { getProcessPreview } from "@/features/processes/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }> };

/** The process exactly as a citizen will see it, whatever its status. */
export default async function Page({ params }: Props) {
  const { id } = await params;
  await requirePermission("area.admin", `/admin/prosesser/${id}/forhandsvisning`);
  const process = await getProcessPreview(id);
  if (!process) pageNotFound();
  const t = await getTranslations("processes.preview");
  return (
    <>
      <Alert data-color="info" className="mb-6" data-no-print>
        {t("banner")}
      </Alert>
      <ProcessWithParts process={process} />
    </>
  );
}
