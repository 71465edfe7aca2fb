// Step 2 of an import: what the file holds, every error (line, field, message), the first
// rows, and "Importer alle N" only when nothing is wrong. The scrollable tables are the
// labelled regions (focusable, so keyboard users can scroll them at 390 px).
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { PREVIEW_ROWS, type ImportPreviewData } from "../queries";
import { CommitImportForm } from "./commit-form";

const SAMPLE_COLUMNS = ["id", "text", "insight_category", "district", "target_group", "channel", "topics"] as const;
const clip = (s: string) => (s.length > 140 ? `${s.slice(0, 140)}…` : s);

export async function ImportPreviewPage({ data, imported }: { data: ImportPreviewData; imported?: number }) {
  const [t, te] = await Promise.all([getTranslations("inputTransfer.preview"), getTranslations("inputTransfer.rowErrors")]);
  const inbox = `/admin/innspill?prosess=${data.process.id}`;
  const again = `/admin/innspill/import?prosess=${data.process.id}`;
  return (
    <>
      <PageHeading title={t("title")} lead={t("summary", { file: data.fileName || t("noFile"), process: data.process.title, rows: data.rowCount })} />

      {data.consumed ? (
        <Alert data-color="success" role="status" className="mb-6">
          <Paragraph>{imported !== undefined ? t("done", { count: imported }) : t("consumed")}</Paragraph>
          <Paragraph>
            <TextLink href={inbox}>{t("seeInbox")}</TextLink>
          </Paragraph>
        </Alert>
      ) : data.errors.length > 0 ? (
        <div className="mb-8 space-y-3">
          <Alert data-color="danger">
            <Heading level={2} data-size="xs" id="importfeil">
              {t("errorsTitle", { count: data.errors.length })}
            </Heading>
            <Paragraph>{t("errorsIntro")}</Paragraph>
          </Alert>
          <DataTable
            labelledBy="importfeil"
            size="sm"
            columns={[t("line"), t("field"), t("message")]}
            rows={data.errors.map((e, i) => ({ e, key: String(i) }))}
            rowKey={(r) => r.key}
            cells={({ e }) => [e.line, e.field ? <code key="field">{e.field}</code> : t("wholeRow"), te(e.message, e.values)]}
          />
        </div>
      ) : (
        <Alert data-color="success" className="mb-6">
          {t("noErrors")}
        </Alert>
      )}

      {!data.consumed && data.errors.length === 0 && data.rowCount > 0 && (
        <div className="mb-8">
          <CommitImportForm importId={data.id} label={t("commit", { count: data.rowCount })} />
        </div>
      )}

      <Paragraph className="mb-8">
        <TextLink href={again}>{t("again")}</TextLink>
      </Paragraph>

      {data.sample.length > 0 && (
        <div className="space-y-3">
          <Heading level={2} data-size="sm" id="forhandsvisning">
            {t("sampleTitle", { count: Math.min(PREVIEW_ROWS, data.sample.length) })}
          </Heading>
          <DataTable
            labelledBy="forhandsvisning"
            size="sm"
            columns={[t("line"), ...SAMPLE_COLUMNS.map((c) => ({ label: <code>{c}</code>, className: c === "text" ? "min-w-64" : undefined }))]}
            rows={data.sample}
            rowKey={(r) => String(r.line)}
            cells={(r) => [r.line, ...SAMPLE_COLUMNS.map((c) => clip(r.values[c] ?? ""))]}
          />
          {data.rowCount > data.sample.length && <Paragraph>{t("moreRows", { count: data.rowCount - data.sample.length })}</Paragraph>}
        </div>
      )}
    </>
  );
}
