import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";
import { getFormForBuilder } from "@/features/forms/builder/queries";
import { FieldForm } from "@/features/forms/components/builder/field-form";
import { textsFor, type FieldTexts, type FormTexts } from "@/features/forms/types";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; formId: string; fieldId: string }> };

export default async function Page({ params }: Props) {
  const { id, formId, fieldId } = await params;
  const process = await loadAdminProcess(id, "skjema", formId, "felt", fieldId);
  const form = await getFormForBuilder(process.id, formId);
  const field = form?.fields.find((f) => f.id === fieldId);
  if (!form || !field) pageNotFound();
  const [t, tp] = await Promise.all([getTranslations("formBuilder.fields"), getTranslations("formBuilder.preview")]);
  const formTitle = textsFor<NonNullable<FormTexts["nb"]>>(form.texts, "nb")?.title ?? form.slug;
  return (
    <ProcessAdminFrame process={process} section="skjema" lead={t("editHeading", { label: (field.texts as FieldTexts).nb?.label ?? field.key })}>
      <p className="mb-6">
        <TextLink href={`/admin/prosesser/${process.id}/skjema/${form.id}`}>{tp("back", { title: formTitle })}</TextLink>
      </p>
      <FieldForm processId={process.id} form={form} field={field} />
    </ProcessAdminFrame>
  );
}
