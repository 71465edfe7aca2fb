// Step 1 of an import: choose the process (a GET form, so it works without JavaScript), then
// phase/activity, default channel and the file. The file format is explained below the form.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Button, Paragraph } from "@/components/ds";
import { FileField } from "@/components/file-field";
import { ChoiceGroup, SelectField } from "@/components/form-fields";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { previewImportAction } from "../actions";
import { IMPORT_COLUMNS, IMPORT_DEFAULT_CHANNELS } from "../import-format";
import { importableProcesses, importTarget } from "../queries";

export async function ImportPage({ processId }: { processId?: string }) {
  const [t, fmtDate, processes, target] = await Promise.all([
    getTranslations("inputTransfer.import"),
    getDateFormat(),
    importableProcesses(),
    importTarget(processId),
  ]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("intro")} />
      <Paragraph className="mb-6">
        <TextLink href="/admin/innspill">{t("back")}</TextLink>
      </Paragraph>

      <form method="get" action="/admin/innspill/import" className="mb-8 flex max-w-2xl flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <SelectField
            name="prosess"
            label={t("process")}
            emptyLabel={t("processEmpty")}
            defaultValue={target?.id ?? ""}
            options={processes.map((p) => ({ value: p.id, label: p.title }))}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("chooseProcess")}
        </Button>
      </form>

      {target && (
        <Section id="last-opp" heading={t("uploadHeading", { process: target.title })} className="space-y-4">
          <ActionForm action={previewImportAction} submitLabel={t("submit")}>
            <input type="hidden" name="processId" value={target.id} />
            <SelectField
              name="phaseId"
              label={t("phase")}
              description={t("phaseHelp")}
              emptyLabel={t("none")}
              options={target.phases.map((p) => ({ value: p.id, label: p.title }))}
            />
            <SelectField
              name="activityId"
              label={t("activity")}
              emptyLabel={t("none")}
              options={target.activities.map((a) => ({ value: a.id, label: `${a.title} (${fmtDate(a.startsAt, "dateMedium")})` }))}
            />
            <ChoiceGroup
              name="channel"
              legend={t("channel")}
              defaultValue="PAPER"
              options={IMPORT_DEFAULT_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
            />
            <FileField name="file" label={t("file")} description={t("fileHelp")} accept=".csv,text/csv" />
          </ActionForm>
        </Section>
      )}

      <Section id="filformat" heading={t("formatTitle")} className="mt-12 max-w-3xl space-y-3">
        <Paragraph>{t("formatIntro")}</Paragraph>
        <dl className="space-y-2">
          {IMPORT_COLUMNS.map((c) => (
            <div key={c}>
              <dt className="font-semibold">
                <code>{c}</code>
              </dt>
              <dd className="ml-0">{t(`columns.${c}`)}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}
