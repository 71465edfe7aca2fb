import { getFormForBuilder } from "@/features/forms/builder/queries";
import { FormBuilderPage, type BuilderNotice } from "@/features/forms/components/builder/form-builder-page";
import { textsFor, type FormTexts } from "@/features/forms/types";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; formId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const { id, formId } = await params;
  const process = await loadAdminProcess(id, "skjema", formId);
  const form = await getFormForBuilder(process.id, formId);
  if (!form) pageNotFound();
  const q = await searchParams;
  const notice: BuilderNotice | undefined = q.ny
    ? { kind: "created" }
    : q.lagret
      ? { kind: "saved" }
      : q.feltSlettet
        ? { kind: "fieldDeleted" }
        : q.feltLagtTil
          ? { kind: "fieldAdded", fieldId: q.feltLagtTil }
          : q.feltLagret
            ? { kind: "fieldSaved", fieldId: q.feltLagret }
            : q.flyttet
              ? { kind: "fieldMoved", fieldId: q.flyttet }
              : undefined;
  return (
    <ProcessAdminFrame process={process} section="skjema" lead={textsFor<NonNullable<FormTexts["nb"]>>(form.texts, "nb")?.title}>
      <FormBuilderPage process={process} form={form} notice={notice} />
    </ProcessAdminFrame>
  );
}
