"use client";

// The fast form: text, category, target group, district, language. Works without
// JavaScript (the action redirects back with the choices in the URL); with JavaScript the
// redirect re-mounts the form (new key), so the text is empty and takes focus again.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { Alert } from "@/components/ds";
import { useFieldState } from "@/components/field-state";
import { MAX_LONG_TEXT } from "@/features/forms/types";
import { recordInputAction } from "../actions";
import { RECORD_LANGUAGES } from "../schemas";
import { GroupedSelect, RadioRows, TextArea } from "./choice-fields";

type Named = { id: string; name: string };
export type RecordDefaults = { category: string; targetGroupId: string; districtId: string; language: string };

type Props = {
  activityId: string;
  idempotencyKey: string;
  /** Changes after every save, so the form starts afresh (a delete keeps what is being typed). */
  formKey: string;
  ideas: boolean;
  categories: string[];
  defaults: RecordDefaults;
  targetGroups: { own: Named[]; other: Named[] };
  districts: Named[];
  notice: "saved" | "deleted" | null;
};

export function RecordForm({ activityId, idempotencyKey, formKey, ideas, categories, defaults, targetGroups, districts, notice }: Props) {
  const t = useTranslations("recording.form");
  const tc = useTranslations("areas.inputCategory");
  const opts = (rows: Named[]) => rows.map((r) => ({ value: r.id, label: r.name }));
  return (
    <ActionForm key={formKey} action={recordInputAction} submitLabel={t("submit")} className="space-y-6">
      {notice && <Notice text={t(notice)} />}
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextArea name="text" label={t("text")} help={t("textHelp", { max: MAX_LONG_TEXT })} maxLength={MAX_LONG_TEXT} autoFocus={notice === "saved"} />
      <RadioRows
        name="category"
        legend={t("category")}
        help={ideas ? t("categoryHelpIdeas") : t("categoryHelpInsight")}
        options={categories.map((c) => ({ value: c, label: tc(c) }))}
        defaultValue={defaults.category}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <GroupedSelect
          name="targetGroupId"
          label={t("targetGroup")}
          help={t("targetGroupHelp")}
          emptyLabel={t("notChosen")}
          defaultValue={defaults.targetGroupId}
          groups={
            targetGroups.own.length > 0
              ? [
                  { label: t("ownGroups"), options: opts(targetGroups.own) },
                  { label: t("otherGroups"), options: opts(targetGroups.other) },
                ]
              : [{ label: "", options: opts(targetGroups.other) }]
          }
        />
        <GroupedSelect
          name="districtId"
          label={t("district")}
          emptyLabel={t("notChosen")}
          defaultValue={defaults.districtId}
          groups={[{ label: "", options: opts(districts) }]}
        />
        <GroupedSelect
          name="language"
          label={t("language")}
          defaultValue={defaults.language}
          groups={[{ label: "", options: RECORD_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })) }]}
        />
      </div>
    </ActionForm>
  );
}

/** The last save's notice, hidden once the form comes back with errors (it would mislead). */
function Notice({ text }: { text: string }) {
  const { typed } = useFieldState("text");
  if (typed !== undefined) return null;
  return (
    <Alert data-color="success" role="status">
      {text}
    </Alert>
  );
}
