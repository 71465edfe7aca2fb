// The public process page with the parts other features own (open forms, the «Dette har vi
// hørt» link, decisions made public), composed here in the routes so the processes feature does
// not import them. Used by the public page and by the admin's preview, which must show the same.
import { ProcessForms } from "@/features/forms/components/process-forms";
import { PublicDecisions } from "@/features/group-leader/components/public-decisions";
import { HeardLink } from "@/features/knowledge/heard/components/heard-link";
import { ProcessPage } from "@/features/processes/components/process-page";
import type { PublicProcess } from "@/features/processes/queries";

export function ProcessWithParts({ process }: { process: PublicProcess }) {
  return (
    <ProcessPage
      process={process}
      slots={{
        forms: <ProcessForms processId={process.id} />,
        heard: <HeardLink processSlug={process.slug} processTitle={process.title} variant="process" />,
        decisions: <PublicDecisions processId={process.id} />,
      }}
    />
  );
}
