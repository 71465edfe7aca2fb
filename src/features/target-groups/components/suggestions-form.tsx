"use client";

// Other processes' target groups this process does not have yet, as checkboxes. Not an ActionForm:
// once the last suggestion is added the checkboxes and the button go away, and the result
// must stay on screen (and take focus) instead of vanishing with them.
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert, Button, Paragraph } from "@/components/ds";
import { FormErrorSummary } from "@/components/error-summary";
import { ChoiceGroup } from "@/components/form-fields";
import type { ActionState } from "@/lib/action";
import { addSuggestedTargetGroupsAction } from "../actions";
import type { AddSuggestedResult } from "../add-suggested-target-groups";
import { strategyFor } from "../strategy";
import type { TargetGroupSuggestion } from "../suggestions";

export function SuggestionsForm({ processId, suggestions }: { processId: string; suggestions: TargetGroupSuggestion[] }) {
  const t = useTranslations("targetGroups");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState<AddSuggestedResult>, FormData>(addSuggestedTargetGroupsAction, { status: "idle" });
  const left = suggestions.length > 0;
  return (
    <form action={action} noValidate className="max-w-2xl space-y-5">
      {state.status === "error" && <FormErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={state.fieldErrors} />}
      {state.status === "success" && (
        <Alert data-color="success" role="status" tabIndex={-1} autoFocus={!left}>
          {state.message}
        </Alert>
      )}
      <input type="hidden" name="processId" value={processId} />
      {left ? (
        <>
          <ChoiceGroup
            name="suggestions"
            legend={t("suggestions.legend")}
            multiple
            error={state.status === "error" ? state.fieldErrors.suggestions : undefined}
            options={suggestions.map((s) => ({
              value: s.id,
              label: t("suggestions.option", {
                name: s.name,
                strategy: t(`strategy.${strategyFor(s.importance, s.difficulty)}`),
                processes: new Intl.ListFormat(locale, { type: "conjunction" }).format(s.usedIn),
              }),
            }))}
          />
          <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
            {t("suggestions.submit")}
          </Button>
        </>
      ) : (
        <Paragraph>{t("suggestions.none")}</Paragraph>
      )}
    </form>
  );
}
