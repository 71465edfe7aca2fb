// What the report routes render: the report for a plan (optionally narrowed to one process
// with ?prosess=<slug>) or a process; 404 when it does not exist.
import { buildReport } from "../build-report";
import { planProcessChoices } from "../index-queries";
import { REPORT_HOME, ReportPage } from "./report-page";
import { pageNotFound } from "@/lib/missing-pages";

export async function PlanReport({ planSlug, processSlug }: { planSlug: string; processSlug?: string }) {
  const [report, choices] = await Promise.all([buildReport({ thematicPlanSlug: planSlug, processSlug: processSlug || null }), planProcessChoices(planSlug)]);
  if (!report) pageNotFound();
  return <ReportPage report={report} path={`${REPORT_HOME}/tema/${encodeURIComponent(planSlug)}`} processChoices={choices} />;
}

export async function ProcessReport({ processSlug }: { processSlug: string }) {
  const report = await buildReport({ processSlug });
  if (!report) pageNotFound();
  return <ReportPage report={report} path={`${REPORT_HOME}/prosess/${encodeURIComponent(processSlug)}`} />;
}
