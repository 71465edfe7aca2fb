"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/form-fields";
import { setRetentionAction } from "../actions";

export function RetentionForm({ processId, months }: { processId: string; months: number }) {
  const t = useTranslations("privacy.retention");
  return (
    <ActionForm action={setRetentionAction} submitLabel={t("submit")} successMessage={t("saved", { months })} submitVariant="secondary" idPrefix="lagringstid">
      <input type="hidden" name="processId" value={processId} />
      <TextField
        name="retentionMonths"
        type="number"
        inputMode="numeric"
        min={1}
        max={120}
        label={t("label")}
        description={t("help")}
        defaultValue={months}
        className="max-w-32"
      />
    </ActionForm>
  );
}
