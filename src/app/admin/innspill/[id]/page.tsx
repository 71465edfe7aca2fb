import { titleFrom } from "@/components/route-page";
import { InputDetailPage } from "@/features/inputs/inbox/components/input-detail-page";
import { parseInboxFilter } from "@/features/inputs/inbox/filters";
import { getInputDetail, inputNeighbours } from "@/features/inputs/inbox/queries";
import { SimilarInputs } from "@/features/knowledge/similarity/components/similar-inputs";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("inbox");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePermission("input.triage", `/admin/innspill/${id}`);
  const input = await getInputDetail(id);
  if (!input) pageNotFound();
  const filter = parseInboxFilter(query);
  const neighbours = await inputNeighbours(filter, input);
  return (
    <InputDetailPage
      input={input}
      filter={filter}
      neighbours={neighbours}
      notice={typeof query.lagret === "string" ? query.lagret : undefined}
      similar={(returnTo) => <SimilarInputs inputId={input.id} returnTo={returnTo} />}
    />
  );
}
