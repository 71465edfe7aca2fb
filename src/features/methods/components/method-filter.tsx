// The toolbox filter: a plain GET form, so it works without JavaScript and the URL can be
// shared or bookmarked. Parameter names are Norwegian (sok, malgruppe, innsats, kanal).
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Heading } from "@/components/ds";
import { SelectField, TextField } from "@/components/form-fields";
import { CHANNELS, LEVELS, type MethodFilterParams } from "../schemas";

type Props = { params: MethodFilterParams; audiences: { slug: string; name: string }[] };

export async function MethodFilter({ params, audiences }: Props) {
  const [t, tl] = await Promise.all([getTranslations("methods"), getTranslations("admin.levels")]);
  return (
    <section aria-labelledby="filter-tittel" className="mb-8">
      <Heading level={2} data-size="sm" id="filter-tittel" className="mb-3">
        {t("filter.heading")}
      </Heading>
      {/* Keyed by the filter: after a client-side navigation (the reset link) the fields show the new URL, not stale choices. */}
      <form key={JSON.stringify(params)} method="get" action="/admin/verktoybank" role="search" aria-labelledby="filter-tittel" className="space-y-4">
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          <TextField name="sok" type="search" label={t("filter.q")} defaultValue={params.sok ?? ""} maxLength={100} />
          <SelectField
            name="malgruppe"
            label={t("filter.audience")}
            emptyLabel={t("filter.allAudiences")}
            options={audiences.map((a) => ({ value: a.slug, label: a.name }))}
            defaultValue={params.malgruppe ?? ""}
          />
          <SelectField
            name="innsats"
            label={t("filter.maxEffort")}
            description={t("filter.maxEffortHelp")}
            emptyLabel={t("filter.anyEffort")}
            options={LEVELS.map((value) => ({ value, label: tl(value) }))}
            defaultValue={params.innsats ?? ""}
          />
          <SelectField
            name="kanal"
            label={t("filter.channel")}
            description={t("filter.channelHelp")}
            emptyLabel={t("filter.anyChannel")}
            options={CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }))}
            defaultValue={params.kanal ?? ""}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("filter.submit")}</Button>
          <NextLink className="ds-link" href="/admin/verktoybank">
            {t("filter.reset")}
          </NextLink>
        </div>
      </form>
    </section>
  );
}
