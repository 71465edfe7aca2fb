// /kunnskapsgrunnlag: the thematic plans and processes, each a stable link to its report.
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { KnowledgeNav } from "@/features/knowledge/components/knowledge-nav";
import { listReportTargets, type ReportTarget } from "../index-queries";
import { REPORT_HOME } from "./report-page";

function TargetList({ items, base, count }: { items: ReportTarget[]; base: string; count: (n: number) => string }) {
  return (
    <ul className="ds-list">
      {items.map((item) => (
        <li key={item.slug}>
          <TextLink href={`${base}/${item.slug}`}>{item.name}</TextLink> <span className="text-sm">({count(item.inputs)})</span>
        </li>
      ))}
    </ul>
  );
}

export async function ReportIndexPage() {
  const [t, targets] = await Promise.all([getTranslations("knowledgeReport"), listReportTargets()]);
  const count = (n: number) => t("index.inputs", { count: n });
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <KnowledgeNav current={REPORT_HOME} />
      <div className="grid gap-10 md:grid-cols-2">
        <Section id="temaplaner" heading={t("index.plans")} className="space-y-3">
          <Paragraph data-size="sm">{t("index.plansIntro")}</Paragraph>
          {targets.plans.length === 0 ? (
            <Paragraph>{t("index.noPlans")}</Paragraph>
          ) : (
            <TargetList items={targets.plans} base={`${REPORT_HOME}/tema`} count={count} />
          )}
        </Section>
        <Section id="prosesser" heading={t("index.processes")} className="space-y-3">
          <Paragraph data-size="sm">{t("index.processesIntro")}</Paragraph>
          {targets.processes.length === 0 ? (
            <Paragraph>{t("index.noProcesses")}</Paragraph>
          ) : (
            <TargetList items={targets.processes} base={`${REPORT_HOME}/prosess`} count={count} />
          )}
        </Section>
      </div>
    </>
  );
}
