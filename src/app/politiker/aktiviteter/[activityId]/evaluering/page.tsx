import { getLocale } from "next-intl/server";
import { titleFrom } from "@/components/route-page";
import { EvaluationPage } from "@/features/evaluations/components/evaluation-page";
import { evaluationPage } from "@/features/evaluations/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("evaluations.page");

type Props = { params: Promise<{ activityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [{ activityId }, query] = await Promise.all([params, searchParams]);
  const user = await requirePermission("evaluation.submit", `/politiker/aktiviteter/${activityId}/evaluering`);
  const [data, locale] = await Promise.all([evaluationPage(activityId, user.id), getLocale()]);
  if (!data) pageNotFound();
  return <EvaluationPage data={data} saved={query.lagret === "1"} locale={locale} />;
}
