// /admin/prosesser/[id]/malgrupper: the matrix, every group with its move form, a form to add
// a group, and the other processes' groups as suggestions. An archived process shows the same, read-only.
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
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
      <section aria-labelledby="matrisen" className="mb-12">
        <Heading level={2} data-size="sm" id="matrisen" className="mb-3">
          {t("matrix.heading")}
        </Heading>
        <PriorityMatrix groups={groups} />
      </section>
      <section aria-labelledby="alle-malgrupper" className="mb-12">
        <Heading level={2} data-size="sm" id="alle-malgrupper" className="mb-2">
          {t("list.heading")}
        </Heading>
        {editable && groups.length > 0 && <Paragraph className="mb-4">{t("list.lead")}</Paragraph>}
        <TargetGroupList processId={process.id} groups={groups} editable={editable} />
      </section>
      {editable && (
        <>
          <section aria-labelledby="ny-malgruppe" className="mb-12">
            <Heading level={2} data-size="sm" id="ny-malgruppe" className="mb-4">
              {t("form.addHeading")}
            </Heading>
            <TargetGroupForm processId={process.id} audiences={audiences.map((a) => ({ value: a.id, label: a.name }))} />
          </section>
          <section aria-labelledby="forslag">
            <Heading level={2} data-size="sm" id="forslag" className="mb-2">
              {t("suggestions.heading")}
            </Heading>
            <Paragraph className="mb-4">{t("suggestions.lead")}</Paragraph>
            <SuggestionsForm processId={process.id} suggestions={suggestions} />
          </section>
        </>
      )}
    </>
  );
}
