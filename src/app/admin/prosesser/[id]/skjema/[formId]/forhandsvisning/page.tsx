import { getFormPreview } from "@/features/forms/builder/queries";
import { FormPreviewFrame } from "@/features/forms/components/builder/form-preview-frame";
import { PublicFormPage } from "@/features/forms/components/public-form-page";
import { loadAdminProcess } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; formId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const { id, formId } = await params;
  const process = await loadAdminProcess(id, "skjema", formId, "forhandsvisning");
  const form = await getFormPreview(process.id, formId);
  if (!form) pageNotFound();
  const base = `/admin/prosesser/${process.id}/skjema/${form.id}`;
  return (
    <FormPreviewFrame process={process} form={form} builderPath={base}>
      <PublicFormPage form={form} language={(await searchParams).sprak} preview basePath={`${base}/forhandsvisning`} />
    </FormPreviewFrame>
  );
}
