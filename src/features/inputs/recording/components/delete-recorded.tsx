"use client";

// "Slett" for one of the reader's own inputs. Without JavaScript the form posts and the
// action redirects back; a refusal (already read by the administration) shows beside it.
import { useActionState } from "react";
import { Button, ValidationMessage } from "@/components/ds";
import type { ActionState } from "@/lib/action";
import { deleteRecordedInputAction } from "../actions";
import type { Deleted } from "../commands";
import type { RecordDefaults } from "./record-form";

type Props = { inputId: string; activityId: string; kept: RecordDefaults; label: string; which: string };

export function DeleteRecorded({ inputId, activityId, kept, label, which }: Props) {
  const [state, action, pending] = useActionState<ActionState<Deleted>, FormData>(deleteRecordedInputAction, { status: "idle" });
  const errorId = `slett-${inputId}-feil`;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="inputId" value={inputId} />
      <input type="hidden" name="activityId" value={activityId} />
      {/* Carried so the form above keeps its choices after the page comes back. */}
      <input type="hidden" name="category" value={kept.category} />
      <input type="hidden" name="targetGroupId" value={kept.targetGroupId} />
      <input type="hidden" name="districtId" value={kept.districtId} />
      <input type="hidden" name="language" value={kept.language} />
      <Button
        type="submit"
        variant="secondary"
        data-size="sm"
        aria-disabled={pending || undefined}
        aria-describedby={state.status === "error" ? errorId : undefined}
      >
        {label}
        <span className="sr-only"> {which}</span>
      </Button>
      {state.status === "error" && (
        <ValidationMessage id={errorId} role="alert">
          {state.message}
        </ValidationMessage>
      )}
    </form>
  );
}
