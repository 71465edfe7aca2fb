"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, TextField } from "@/components/form-fields";
import { handlePrivacyRequestAction } from "../actions";
import { HANDLINGS } from "../request-kinds";

/** The suggested handling follows the request: deletion → delete, correction → correct. */
export function HandlePrivacyRequestForm({ id, kind, text }: { id: string; kind: "ACCESS" | "CORRECTION" | "ERASURE"; text: string }) {
  const t = useTranslations("privacy.admin");
  const suggested = kind === "ERASURE" ? "ERASE" : kind === "CORRECTION" ? "CORRECT" : "ANSWERED";
  return (
    <ActionForm action={handlePrivacyRequestAction} submitLabel={t("submit")} successMessage={t("saved")}>
      <input type="hidden" name="id" value={id} />
      <ChoiceGroup
        name="handling"
        legend={t("handlingLegend")}
        defaultValue={suggested}
        options={HANDLINGS.map((h) => ({ value: h, label: t(`handling.${h}`) }))}
      />
      <TextField name="resolution" label={t("resolutionLabel")} description={t("resolutionHelp")} multiline rows={3} />
      <TextField name="correctedText" label={t("correctedLabel")} description={t("correctedHelp")} multiline rows={6} defaultValue={text} />
    </ActionForm>
  );
}
