"use client";

// Deleting needs a ticked box, so one stray click (or Enter) cannot delete; it works without
// JavaScript. A group that activities or inputs use is refused with the counts.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup } from "@/components/form-fields";
import { deleteTargetGroupAction } from "../actions";

export function DeleteTargetGroupForm({ processId, group }: { processId: string; group: { id: string; name: string } }) {
  const t = useTranslations("targetGroups.edit");
  return (
    <ActionForm action={deleteTargetGroupAction} submitLabel={t("delete")} submitVariant="secondary">
      <input type="hidden" name="processId" value={processId} />
      <input type="hidden" name="id" value={group.id} />
      <ChoiceGroup name="confirm" legend={t("confirmLegend")} multiple options={[{ value: "on", label: t("confirm", { name: group.name }) }]} />
    </ActionForm>
  );
}
