// The toolbox filter: a plain GET form, so it works without JavaScript and the URL can be
// shared or bookmarked. Parameter names are Norwegian (sok, malgruppe, innsats, kanal).
import { getTranslations } from "next-intl/server";
import { FilterForm, optionsOf } from "@/components/filter-form";
import { SelectFields, TextField } from "@/components/form-fields";
import { CHANNELS, LEVELS, type MethodFilterParams } from "../schemas";

type Props = { params: MethodFilterParams; audiences: { slug: string; name: string }[] };

export async function MethodFilter({ params, audiences }: Props) {
  const [t, tl] = await Promise.all([getTranslations("methods"), getTranslations("admin.levels")]);
  return (
    <FilterForm heading={t("filter.heading")} path="/admin/verktoybank" filter={params} submitLabel={t("filter.submit")} resetLabel={t("filter.reset")}>
      <TextField name="sok" type="search" label={t("filter.q")} defaultValue={params.sok ?? ""} maxLength={100} />
      <SelectFields
        values={params}
        fields={[
          {
            name: "malgruppe",
            label: t("filter.audience"),
            emptyLabel: t("filter.allAudiences"),
            options: audiences.map((a) => ({ value: a.slug, label: a.name })),
          },
          {
            name: "innsats",
            label: t("filter.maxEffort"),
            description: t("filter.maxEffortHelp"),
            emptyLabel: t("filter.anyEffort"),
            options: optionsOf(LEVELS, tl),
          },
          {
            name: "kanal",
            label: t("filter.channel"),
            description: t("filter.channelHelp"),
            emptyLabel: t("filter.anyChannel"),
            options: optionsOf(CHANNELS, (value) => t(`channels.${value}`)),
          },
        ]}
      />
    </FilterForm>
  );
}
