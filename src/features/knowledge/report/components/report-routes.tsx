// What the report routes render: the report for a plan (optionally narrowed to one process
// with ?prosess=<slug>) or a process; 404 when it does not exist. `?sitater=alle` renders the
// quote lists open (printing without JavaScript).
import { pageNotFound } from "@/lib/missing-pages";
import { buildReport } from "../build-report";
import { planProcessChoices } from "../index-queries";
import { REPORT_HOME, ReportPage } from "./report-page";

export async function PlanReport({ planSlug, processSlug, openQuotes }: { planSlug: string; processSlug?: string; openQuotes?: boolean }) {
  const [report, choices] = await Promise.all([buildReport({ thematicPlanSlug: planSlug, processSlug: processSlug || null }), planProcessChoices(planSlug)]);
  if (!report) pageNotFound();
  return <ReportPage report={report} path={`${REPORT_HOME}/tema/${encodeURIComponent(planSlug)}`} processChoices={choices} openQuotes={openQuotes} />;
}

export async function ProcessReport({ processSlug, openQuotes }: { processSlug: string; openQuotes?: boolean }) {
  const report = await buildReport({ processSlug });
  if (!report) pageNotFound();
  return <ReportPage report={report} path={`${REPORT_HOME}/prosess/${encodeURIComponent(processSlug)}`} openQuotes={openQuotes} />;
}
