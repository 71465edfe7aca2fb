"use client";

// Add or edit a target group: name, description, audience and its place on the matrix.
// Works without JavaScript; on an error the summary lists what to fix and every field keeps
// what was typed (ActionForm).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/action-form";
import { useFieldState } from "@/components/field-state";
import { SelectField, TextField, type Option } from "@/components/form-fields";
import type { Difficulty, Importance } from "@/generated/prisma/enums";
import { createTargetGroupAction, updateTargetGroupAction } from "../actions";
import { DESCRIPTION_MAX, NAME_MAX } from "../schemas";
import { DIFFICULTIES, IMPORTANCES } from "../strategy";

type Values = { id: string; name: string; description: string; audienceId: string | null; importance: Importance; difficulty: Difficulty };

export function TargetGroupForm({ processId, audiences, group }: { processId: string; audiences: Option[]; group?: Values }) {
  const t = useTranslations("targetGroups");
  const defaults = { audienceId: group?.audienceId ?? "", importance: group?.importance ?? "IMPORTANT", difficulty: group?.difficulty ?? "MEDIUM" };
  const fields = (
    <>
      <input type="hidden" name="processId" value={processId} />
      {group && <input type="hidden" name="id" value={group.id} />}
      <TextField
        name="name"
        label={t("form.name")}
        description={t("form.nameHelp")}
        defaultValue={group?.name}
        maxLength={NAME_MAX}
        required
        autoComplete="off"
      />
      <TextField
        name="description"
        label={t("form.description")}
        description={t("form.descriptionHelp", { max: DESCRIPTION_MAX })}
        defaultValue={group?.description}
        maxLength={DESCRIPTION_MAX}
        multiline
        rows={4}
      />
      <SelectionFields defaults={defaults}>
        <SelectField
          name="audienceId"
          label={t("form.audience")}
          description={t("form.audienceHelp")}
          options={audiences}
          emptyLabel={t("form.noAudience")}
          defaultValue={defaults.audienceId}
        />
        <div className="grid items-end gap-5 sm:grid-cols-2">
          <SelectField
            name="importance"
            label={t("form.importance")}
            options={IMPORTANCES.map((v) => ({ value: v, label: t(`importance.${v}`) }))}
            defaultValue={defaults.importance}
            required
          />
          <SelectField
            name="difficulty"
            label={t("form.difficulty")}
            options={DIFFICULTIES.map((v) => ({ value: v, label: t(`difficulty.${v}`) }))}
            defaultValue={defaults.difficulty}
            required
          />
        </div>
      </SelectionFields>
    </>
  );
  // Two branches rather than one form with a union of actions: their results differ in type.
  return group ? (
    <ActionForm action={updateTargetGroupAction} submitLabel={t("form.save")} successMessage={t("form.saved")}>
      {fields}
    </ActionForm>
  ) : (
    <ActionForm action={createTargetGroupAction} submitLabel={t("form.add")} successMessage={t("form.added")}>
      {fields}
    </ActionForm>
  );
}

/**
 * React applies a select's defaultValue only when it mounts, and resets the form after every
 * action. Without a remount the selects would fall back to their first values after a refused
 * save (losing the user's choice) or after a successful edit (showing the old placement).
 * Keyed by what they should show, they remount whenever that changes.
 */
function SelectionFields({ defaults, children }: { defaults: Record<"audienceId" | "importance" | "difficulty", string>; children: ReactNode }) {
  const audience = useFieldState("audienceId").typed ?? defaults.audienceId;
  const importance = useFieldState("importance").typed ?? defaults.importance;
  const difficulty = useFieldState("difficulty").typed ?? defaults.difficulty;
  return (
    <div key={[audience, importance, difficulty].join("|")} className="space-y-5">
      {children}
    </div>
  );
}
