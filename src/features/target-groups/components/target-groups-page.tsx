// /admin/prosesser/[id]/malgrupper: the matrix, every group with its move form, a form to add
// a group, and the other processes' groups as suggestions. An archived process shows the same, read-only.
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import type { ProcessHeader } from "@/features/processes/admin-queries";
import { ProcessAdminNav } from "@/features/processes/components/process-admin-nav";
import { listAudiences, listTargetGroups } from "../queries";
import { openSuggestions } from "../suggestions";
import { PriorityMatrix } from "./priority-matrix";
import { SuggestionsForm } from "./suggestions-form";
import { TargetGroupForm } from "./target-group-form";
import { TargetGroupList } from "./target-group-list";

export async function TargetGroupsPage({ process, deleted }: { process: ProcessHeader; deleted: boolean }) {
  const [t, groups, audiences] = await Promise.all([getTranslations("targetGroups"), listTargetGroups(process.id), listAudiences()]);
  const editable = process.status !== "ARCHIVED";
  const suggestions = editable
    ? await openSuggestions(
        process.id,
        groups.map((g) => g.name),
      )
    : [];
  return (
    <>
      <ProcessAdminNav process={process} current="malgrupper" />
      <PageHeading title={t("title")} lead={t("lead")} />
      {deleted && (
        <Alert data-color="success" role="status" className="mb-6">
          {t("deleted")}
        </Alert>
      )}
      {!editable && (
        <Alert data-color="info" className="mb-6">
          {t("archived")}
        </Alert>
      )}
      <Section id="matrisen" heading={t("matrix.heading")} headingClassName="mb-3" className="mb-12">
        <PriorityMatrix groups={groups} />
      </Section>
      <Section id="alle-malgrupper" heading={t("list.heading")} headingClassName="mb-2" className="mb-12">
        {editable && groups.length > 0 && <Paragraph className="mb-4">{t("list.lead")}</Paragraph>}
        <TargetGroupList processId={process.id} groups={groups} editable={editable} />
      </Section>
      {editable && (
        <>
          <Section id="ny-malgruppe" heading={t("form.addHeading")} headingClassName="mb-4" className="mb-12">
            <TargetGroupForm processId={process.id} audiences={audiences.map((a) => ({ value: a.id, label: a.name }))} />
          </Section>
          <Section id="forslag" heading={t("suggestions.heading")} headingClassName="mb-2">
            <Paragraph className="mb-4">{t("suggestions.lead")}</Paragraph>
            <SuggestionsForm processId={process.id} suggestions={suggestions} />
          </Section>
        </>
      )}
    </>
  );
}
