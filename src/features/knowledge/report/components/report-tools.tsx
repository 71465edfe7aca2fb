// Printing, downloads and (for a plan) the process filter — none of it is printed. The
// filter is a GET form, so a narrowed report is a link too.
import { getTranslations } from "next-intl/server";
import { Button, Paragraph } from "@/components/ds";
import { SelectField } from "@/components/form-fields";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { PrintButton } from "./print-button";

export type ProcessChoice = { slug: string; title: string };

type Props = { path: string; exportHref: string; filterSuffix: string; processChoices?: ProcessChoice[]; currentProcess: string | null; quotesOpen: boolean };

export async function ReportTools({ path, exportHref, filterSuffix, processChoices, currentProcess, quotesOpen }: Props) {
  const t = await getTranslations("knowledgeReport.page");
  return (
    <Section
      id="verktoy"
      heading={t("toolsLabel")}
      size="xs"
      className="space-y-4 rounded-lg border border-[var(--ds-color-neutral-border-subtle)] p-4"
      data-no-print
    >
      <div className="flex flex-wrap items-center gap-4">
        <PrintButton label={t("print")} />
        <Paragraph data-size="sm" className="max-w-prose">
          {t("printHint")}
        </Paragraph>
      </div>
      <Paragraph data-size="sm">
        {/* Without JavaScript a folded quote list stays folded on paper in some browsers: this
            link renders them all open (and back). */}
        {quotesOpen ? (
          <TextLink href={`${path}${filterSuffix ? `?${filterSuffix.slice(1)}` : ""}`} native>
            {t("foldQuotes")}
          </TextLink>
        ) : (
          <TextLink href={`${path}?sitater=alle${filterSuffix}`} native>
            {t("openQuotes")}
          </TextLink>
        )}
      </Paragraph>
      <div>
        <Paragraph data-size="sm" className="font-semibold">
          {t("downloads")}
        </Paragraph>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            {/* A plain link: the route answers with an attachment, so the page stays put. */}
            <TextLink href={`${exportHref}xlsx${filterSuffix}`} download>
              {t("downloadXlsx")}
            </TextLink>
          </li>
          <li>
            <TextLink href={`${exportHref}csv${filterSuffix}`} download>
              {t("downloadCsv")}
            </TextLink>
          </li>
        </ul>
      </div>
      {processChoices && processChoices.length > 1 && currentProcess !== null && (
        <form method="get" action={path} className="flex flex-wrap items-end gap-4">
          <SelectField
            name="prosess"
            label={t("filterLabel")}
            emptyLabel={t("filterAll")}
            options={processChoices.map((p) => ({ value: p.slug, label: p.title }))}
            defaultValue={currentProcess}
          />
          <Button type="submit" variant="secondary">
            {t("filterSubmit")}
          </Button>
        </form>
      )}
    </Section>
  );
}
