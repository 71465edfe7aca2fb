import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Alert, Card, Paragraph } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { copyProcessAction } from "../../actions";
import type { AdminProcess } from "../../admin-queries";
import { missingForPublishing } from "../../publish-readiness";

export async function ProcessOverview({ process, copied }: { process: AdminProcess; copied: boolean }) {
  const [t, tr] = await Promise.all([getTranslations("processes.overview"), getTranslations("knowledgeReport.links")]);
  const missing = missingForPublishing({ ...process, targetGroupCount: process._count.targetGroups });
  const facts = [
    [t("phases"), process.phases.length, "faser"],
    [t("milestones"), process.milestones.length, "fremdrift"],
    [t("targetGroups"), process._count.targetGroups, "malgrupper"],
    [t("activities"), process._count.activities, "aktiviteter"],
    [t("inputs"), process._count.inputs, null],
  ] as const;
  return (
    <div className="space-y-8">
      {copied && <Alert data-color="success">{t("copied")}</Alert>}
      {process.copiedFrom && (
        <Paragraph data-size="sm">
          {t("copiedFrom")} <TextLink href={`/admin/prosesser/${process.copiedFrom.id}`}>{process.copiedFrom.title}</TextLink>
        </Paragraph>
      )}
      {process.summary && <Paragraph>{process.summary}</Paragraph>}
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
        {facts.map(([label, value, section]) => (
          <Card key={label} data-color="neutral">
            <dt className="text-sm">{section ? <TextLink href={`/admin/prosesser/${process.id}/${section}`}>{label}</TextLink> : label}</dt>
            <dd className="text-3xl font-bold">{value}</dd>
          </Card>
        ))}
      </dl>
      {process.status === "DRAFT" && (
        <Alert data-color={missing.length ? "warning" : "info"}>
          {missing.length ? t("missing", { count: missing.length }) : t("readyToPublish")}{" "}
          <TextLink href={`/admin/prosesser/${process.id}/publisering`}>{t("toPublishing")}</TextLink>
        </Alert>
      )}
      <Paragraph className="flex flex-wrap gap-6">
        <TextLink href={`/admin/prosesser/${process.id}/forhandsvisning`}>{t("preview")}</TextLink>
        {process.status !== "DRAFT" && <TextLink href={`/prosesser/${process.slug}`}>{t("publicPage")}</TextLink>}
        <TextLink href={`/kunnskapsgrunnlag/prosess/${process.slug}`}>{tr("process")}</TextLink>
      </Paragraph>
      <Section id="kopier" heading={t("copyHeading")} className="space-y-3">
        <Paragraph data-size="sm">{t("copyExplain")}</Paragraph>
        <ActionForm action={copyProcessAction} submitLabel={t("copySubmit")} submitVariant="secondary">
          <input type="hidden" name="processId" value={process.id} />
          <TextField name="title" label={t("copyTitle")} defaultValue={t("copyDefault", { title: process.title })} required maxLength={160} />
        </ActionForm>
      </Section>
    </div>
  );
}
