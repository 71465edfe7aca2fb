// The "choose activities" filter: a plain GET form (works without JavaScript; the URL can be
// shared). Parameter names are Norwegian: metode, malgruppe, bydel, fra, ledige, visning.
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/filter-form";
import { ChoiceGroup, SelectFields, TextField } from "@/components/form-fields";
import type { ChooseFilter } from "../filters";
import type { chooseFilterOptions } from "../queries";

export const CHOOSE_PATH = "/politiker/aktiviteter";

type Props = { filter: ChooseFilter; options: Awaited<ReturnType<typeof chooseFilterOptions>> };

export async function ChooseFilterForm({ filter, options }: Props) {
  const t = await getTranslations("signups.choose.filter");
  const choices = (
    <div className="grid gap-4 md:grid-cols-2">
      <ChoiceGroup
        name="ledige"
        legend={t("freePlaces")}
        multiple
        options={[{ value: "1", label: t("onlyFree") }]}
        defaultValue={filter.ledige ? "1" : undefined}
      />
      <ChoiceGroup
        name="visning"
        legend={t("view")}
        options={[
          { value: "liste", label: t("viewList") },
          { value: "metode", label: t("viewByMethod") },
        ]}
        defaultValue={filter.visning}
      />
    </div>
  );
  return (
    <FilterForm heading={t("heading")} path={CHOOSE_PATH} filter={filter} submitLabel={t("submit")} resetLabel={t("reset")} after={choices}>
      <SelectFields
        values={filter}
        fields={[
          { name: "metode", label: t("method"), emptyLabel: t("allMethods"), options: options.methods.map((m) => ({ value: m.id, label: m.name })) },
          {
            name: "malgruppe",
            label: t("targetGroup"),
            emptyLabel: t("allTargetGroups"),
            options: options.targetGroups.map((name) => ({ value: name, label: name })),
          },
          { name: "bydel", label: t("district"), emptyLabel: t("allDistricts"), options: options.districts.map((d) => ({ value: d.id, label: d.name })) },
        ]}
      />
      <TextField name="fra" type="date" label={t("from")} defaultValue={filter.fra ?? ""} />
    </FilterForm>
  );
}
