// The "choose activities" filter: a plain GET form (works without JavaScript; the URL can be
// shared). Parameter names are Norwegian: metode, malgruppe, bydel, fra, ledige, visning.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Heading } from "@/components/ds";
import { ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import type { ChooseFilter } from "../filters";
import type { chooseFilterOptions } from "../queries";

export const CHOOSE_PATH = "/politiker/aktiviteter";

type Props = { filter: ChooseFilter; options: Awaited<ReturnType<typeof chooseFilterOptions>> };

export async function ChooseFilterForm({ filter, options }: Props) {
  const t = await getTranslations("signups.choose.filter");
  return (
    <section aria-labelledby="filter-tittel" className="mb-8">
      <Heading level={2} data-size="sm" id="filter-tittel" className="mb-3">
        {t("heading")}
      </Heading>
      {/* Keyed by the filter so a client-side navigation (reset) shows the new URL's choices. */}
      <form key={JSON.stringify(filter)} method="get" action={CHOOSE_PATH} role="search" aria-labelledby="filter-tittel" className="space-y-4">
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          <SelectField
            name="metode"
            label={t("method")}
            emptyLabel={t("allMethods")}
            options={options.methods.map((m) => ({ value: m.id, label: m.name }))}
            defaultValue={filter.metode ?? ""}
          />
          <SelectField
            name="malgruppe"
            label={t("targetGroup")}
            emptyLabel={t("allTargetGroups")}
            options={options.targetGroups.map((name) => ({ value: name, label: name }))}
            defaultValue={filter.malgruppe ?? ""}
          />
          <SelectField
            name="bydel"
            label={t("district")}
            emptyLabel={t("allDistricts")}
            options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
            defaultValue={filter.bydel ?? ""}
          />
          <TextField name="fra" type="date" label={t("from")} defaultValue={filter.fra ?? ""} />
        </div>
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
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("submit")}</Button>
          <NextLink className="ds-link" href={CHOOSE_PATH}>
            {t("reset")}
          </NextLink>
        </div>
      </form>
    </section>
  );
}
