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
  // A select of the filter: its label and «all …» choice (none for visibility) are filter.* keys.
  const select = (name: keyof InboxFacets, label: string, all: string | null, choices: Option[]) => ({
    name,
    label: t(`filter.${label}`),
    emptyLabel: all ? t(`filter.${all}`) : undefined,
    options: choices,
  });
  // The process, and its phases and activities once a process is chosen.
  const activities = options.activities.map((a) => counted("aktivitet", a.id, `${a.title} – ${day(a.startsAt)}`));
  const scope = [
    select(
      "prosess",
      "process",
      "allProcesses",
      options.processes.map((p) => counted("prosess", p.id, p.title)),
    ),
  ];
  if (filter.prosess) {
    scope.push(
      select(
        "fase",
        "phase",
        "allPhases",
        options.phases.map((p) => counted("fase", p.id, p.title)),
      ),
    );
    scope.push(select("aktivitet", "activity", "allActivities", activities));
  }
  return (
    <FilterForm
      heading={t("filter.heading")}
      path={INBOX_PATH}
      filter={filter}
      submitLabel={t("filter.submit")}
      resetLabel={t("filter.reset")}
      wide="lg:grid-cols-3"
    >
      <SelectFields values={filter} fields={scope} />
      {!filter.prosess && (
        <Paragraph data-size="sm" className="self-end">
          {t("filter.phaseHint")}
        </Paragraph>
      )}
      <SelectFields
        values={filter}
        fields={[
          select("kategori", "category", "allCategories", enumOptions("kategori", Object.values(InputCategory), "category")),
          select("kanal", "channel", "allChannels", enumOptions("kanal", Object.values(InputChannel), "channel")),
          select("status", "status", "allStatuses", enumOptions("status", Object.values(InputStatus), "status")),
          select("sprak", "language", "allLanguages", enumOptions("sprak", Object.values(InputLanguage), "language")),
          select("synlighet", "visibility", null, enumOptions("synlighet", ["synlige", "skjult", "alle"], "visibility")),
        ]}
      />
      <TextField name="fra" type="date" label={t("filter.from")} description={t("filter.dateHelp")} defaultValue={filter.fra ?? ""} />
      <TextField name="til" type="date" label={t("filter.to")} description={t("filter.dateHelp")} defaultValue={filter.til ?? ""} />
    </FilterForm>
  );
}
