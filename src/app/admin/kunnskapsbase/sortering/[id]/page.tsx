import { titleFrom } from "@/components/route-page";
import { TriageInputPage } from "@/features/knowledge/triage/components/triage-input-page";
import { parseTriageFilter } from "@/features/knowledge/triage/filters";
import { getTriageInput, nextForTriage, previousForTriage, triageChoices } from "@/features/knowledge/triage/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("knowledgeTriage", "one.metaTitle");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePermission("input.triage", `/admin/kunnskapsbase/sortering/${id}`);
  const input = await getTriageInput(id);
  if (!input) pageNotFound();
  const filter = parseTriageFilter(query);
  const here = { submittedAt: input.submittedAt, id: input.id };
  const [previous, next, choices] = await Promise.all([
    previousForTriage({ ...filter, before: here }),
    nextForTriage({ ...filter, after: here }),
    triageChoices(input),
  ]);
  return (
    <TriageInputPage
      input={input}
      choices={choices}
      filter={filter}
      neighbours={{ previous, next }}
      notice={typeof query.lagret === "string" ? query.lagret : undefined}
    />
  );
}
