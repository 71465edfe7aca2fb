"use client";

// The "import all N" button: a gated form, so a refusal (errors appeared, already imported,
// expired) comes back as an error summary.
import { ActionForm } from "@/components/action-form";
import { commitImportAction } from "../actions";

export function CommitImportForm({ importId, label }: { importId: string; label: string }) {
  return (
    <ActionForm action={commitImportAction} submitLabel={label} className="space-y-4">
      <input type="hidden" name="importId" value={importId} />
    </ActionForm>
  );
}
