// The inbox filter: a plain GET form (works without JavaScript; a filtered view is a URL).
// Every option shows how many inputs it would give under the rest of the filter.
import { getFormatter, getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { FilterForm } from "@/components/filter-form";
import { SelectFields, TextField, type Option } from "@/components/form-fields";
import { InputCategory, InputChannel, InputLanguage, InputStatus } from "@/generated/prisma/enums";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { InboxFilter } from "../filters";
import type { InboxFacets, InboxFilterOptions } from "../queries";

export const INBOX_PATH = "/admin/innspill";

type Props = { filter: InboxFilter; facets: InboxFacets; options: InboxFilterOptions };

export async function InboxFilterForm({ filter, facets, options }: Props) {
  const [t, format, fmtDate] = await Promise.all([getTranslations("inbox"), getFormatter(), getDateFormat()]);
  const counted = (dim: keyof InboxFacets, value: string, label: string): Option => ({
    value,
    label: t("filter.option", { label, count: format.number(facets[dim][value] ?? 0) }),
  });
  const enumOptions = (dim: keyof InboxFacets, values: string[], ns: string) => values.map((v) => counted(dim, v, t(`${ns}.${v}`)));
  const day = (d: Date) => fmtDate(d, "dateShort");
  return (
    <FilterForm
      heading={t("filter.heading")}
      path={INBOX_PATH}
      filter={filter}
      submitLabel={t("filter.submit")}
      resetLabel={t("filter.reset")}
      wide="lg:grid-cols-3"
    >
      <SelectFields
        values={filter}
        fields={[
          {
            name: "prosess",
            label: t("filter.process"),
            emptyLabel: t("filter.allProcesses"),
            options: options.processes.map((p) => counted("prosess", p.id, p.title)),
          },
        ]}
      />
      {filter.prosess ? (
        <SelectFields
          values={filter}
          fields={[
            { name: "fase", label: t("filter.phase"), emptyLabel: t("filter.allPhases"), options: options.phases.map((p) => counted("fase", p.id, p.title)) },
            {
              name: "aktivitet",
              label: t("filter.activity"),
              emptyLabel: t("filter.allActivities"),
              options: options.activities.map((a) => counted("aktivitet", a.id, `${a.title} – ${day(a.startsAt)}`)),
            },
          ]}
        />
      ) : (
        <Paragraph data-size="sm" className="self-end">
          {t("filter.phaseHint")}
        </Paragraph>
      )}
      <SelectFields
        values={filter}
        fields={[
          {
            name: "kategori",
            label: t("filter.category"),
            emptyLabel: t("filter.allCategories"),
            options: enumOptions("kategori", Object.values(InputCategory), "category"),
          },
          {
            name: "kanal",
            label: t("filter.channel"),
            emptyLabel: t("filter.allChannels"),
            options: enumOptions("kanal", Object.values(InputChannel), "channel"),
          },
          {
            name: "status",
            label: t("filter.status"),
            emptyLabel: t("filter.allStatuses"),
            options: enumOptions("status", Object.values(InputStatus), "status"),
          },
          {
            name: "sprak",
            label: t("filter.language"),
            emptyLabel: t("filter.allLanguages"),
            options: enumOptions("sprak", Object.values(InputLanguage), "language"),
          },
          { name: "synlighet", label: t("filter.visibility"), options: enumOptions("synlighet", ["synlige", "skjult", "alle"], "visibility") },
        ]}
      />
      <TextField name="fra" type="date" label={t("filter.from")} description={t("filter.dateHelp")} defaultValue={filter.fra ?? ""} />
      <TextField name="til" type="date" label={t("filter.to")} description={t("filter.dateHelp")} defaultValue={filter.til ?? ""} />
    </FilterForm>
  );
}
