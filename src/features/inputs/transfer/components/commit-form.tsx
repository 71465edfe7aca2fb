"use client";

// The "import all N" button: a gated form, so a refusal (errors appeared, already imported,
// expired) comes back as an error summary.
import { ButtonForm } from "@/components/button-form";
import { commitImportAction } from "../actions";

export function CommitImportForm({ importId, label }: { importId: string; label: string }) {
  return <ButtonForm action={commitImportAction} label={label} className="space-y-4" variant="primary" hidden={{ importId }} />;
}
