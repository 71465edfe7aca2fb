"use client";

// The keyboard and screen-reader way to place a group on the matrix: two selects and a
// "Flytt" button per group. Ids include the group's id, because every group on the page has
// one of these forms. The result is announced in a live region that is always present.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert, Button, Field, Label, Select } from "@/components/ds";
import type { Difficulty, Importance } from "@/generated/prisma/enums";
import { placeTargetGroupAction, type PlaceState } from "../actions";
import { DIFFICULTIES, IMPORTANCES, strategyFor } from "../strategy";

type Props = { processId: string; group: { id: string; name: string; importance: Importance; difficulty: Difficulty } };

export function MoveForm({ processId, group }: Props) {
  const t = useTranslations("targetGroups");
  const [state, action, pending] = useActionState<PlaceState, FormData>(placeTargetGroupAction, { status: "idle" });
  const base = `flytt-${group.id}`;
  const typed = state.status === "error" ? state.values : null;
  const importance = (typed?.importance as Importance | undefined) ?? group.importance;
  const difficulty = (typed?.difficulty as Difficulty | undefined) ?? group.difficulty;
  const moved = state.status === "success" ? state.data.to : null;
  return (
    <form action={action}>
      <input type="hidden" name="processId" value={processId} />
      <input type="hidden" name="id" value={group.id} />
      <fieldset className="flex min-w-0 flex-wrap items-end gap-3">
        <legend className="sr-only">{t("list.moveLegend", { name: group.name })}</legend>
        {/* Keyed by the current value: React does not update a select's default after mount,
            and a form reset after the action would otherwise show the old placement. */}
        <Field>
          <Label htmlFor={`${base}-importance`}>{t("list.importance")}</Label>
          <Select key={importance} id={`${base}-importance`} name="importance" defaultValue={importance}>
            {IMPORTANCES.map((v) => (
              <option key={v} value={v}>
                {t(`importance.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${base}-difficulty`}>{t("list.difficulty")}</Label>
          <Select key={difficulty} id={`${base}-difficulty`} name="difficulty" defaultValue={difficulty}>
            {DIFFICULTIES.map((v) => (
              <option key={v} value={v}>
                {t(`difficulty.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary" data-color="accent" aria-disabled={pending || undefined}>
          {t("list.move")}
          <span className="sr-only"> {group.name}</span>
        </Button>
      </fieldset>
      <p role="status" className="mt-2 text-sm">
        {moved &&
          t("list.moved", {
            name: group.name,
            strategy: t(`strategy.${strategyFor(moved.importance, moved.difficulty)}`),
            importance: t(`importance.${moved.importance}`),
            difficulty: t(`difficulty.${moved.difficulty}`),
          })}
      </p>
      {state.status === "error" && (
        <Alert data-color="danger" role="alert" className="mt-2">
          {state.message}
        </Alert>
      )}
    </form>
  );
}
