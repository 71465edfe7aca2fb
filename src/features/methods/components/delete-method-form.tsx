"use client";

// Deleting asks for a ticked confirmation box instead of a script dialog, so it is a
// deliberate step with or without JavaScript. The service refuses a method still in use.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup } from "@/components/form-fields";
import { deleteMethodAction } from "../actions";

export function DeleteMethodForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("methods.delete");
  return (
    <ActionForm action={deleteMethodAction} submitLabel={t("submit")} submitVariant="secondary" className="max-w-2xl space-y-4">
      <input type="hidden" name="id" value={id} />
      <ChoiceGroup name="confirm" legend={t("confirmLegend")} options={[{ value: "on", label: t("confirm", { name }) }]} multiple />
    </ActionForm>
  );
}
