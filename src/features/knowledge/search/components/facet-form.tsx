// Facets as checkbox groups with counts in a plain GET form (no JavaScript needed). Each count
// is what the search would give with that value added to the rest of the choices.
import { getTranslations } from "next-intl/server";
import { Button, Heading, Paragraph } from "@/components/ds";
import { ChoiceGroup } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import type { Facets } from "../facet-counts";
import { FACET_KEYS, searchQuery, withoutFilters, type SearchParams } from "../params";
import type { FacetLabeller } from "./labels";
import { SEARCH_PATH } from "./search-form";

type Props = { params: SearchParams; facets: Facets; label: FacetLabeller };

export async function FacetForm({ params, facets, label }: Props) {
  const [t, tInbox] = await Promise.all([getTranslations("knowledgeSearch.facets"), getTranslations("inbox")]);
  const keys = FACET_KEYS.filter((k) => facets[k].length > 0);
  return (
    <section aria-labelledby="filter-tittel">
      <Heading level={2} data-size="sm" id="filter-tittel" className="mb-3">
        {t("heading")}
      </Heading>
      {facets.newestOnly !== null && (
        <Paragraph data-size="sm" className="mb-4" data-testid="facets-newest-only">
          {t("newestOnly", { count: facets.newestOnly })}
        </Paragraph>
      )}
      <form key={searchQuery(params)} method="get" action={SEARCH_PATH} aria-labelledby="filter-tittel" className="space-y-6">
        {params.q && <input type="hidden" name="q" value={params.q} />}
        {keys.map((key) => (
          <ChoiceGroup
            key={key}
            name={key}
            multiple
            legend={t(key)}
            defaultValue={params.facets[key]}
            options={facets[key].map((o) => ({ value: o.value, label: t("option", { label: label(key, o.value), count: o.count }) }))}
          />
        ))}
        <ChoiceGroup
          name="synlighet"
          legend={t("visibility")}
          defaultValue={params.synlighet}
          options={(["synlige", "skjult", "alle"] as const).map((v) => ({ value: v, label: tInbox(`visibility.${v}`) }))}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("submit")}</Button>
          <TextLink href={`${SEARCH_PATH}${searchQuery(withoutFilters(params))}`}>{t("reset")}</TextLink>
        </div>
      </form>
    </section>
  );
}
