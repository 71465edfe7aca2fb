// /admin/kunnskapsbase/sok: full-text search over every input with facets. Everything is in the
// URL (GET), so a search can be shared and works without JavaScript. Results come first in
// the markup, so on a phone the facets follow them; on wide screens they sit alongside.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { KnowledgeNav } from "@/features/knowledge/components/knowledge-nav";
import { facetCounts } from "../facet-counts";
import { parseSearchParams, searchQuery } from "../params";
import { COUNT_CAP, countInputs, searchInputs } from "../search-inputs";
import { resolveTextQuery } from "../text-query";
import { ActiveFilters } from "./active-filters";
import { FacetForm } from "./facet-form";
import { facetLabeller } from "./labels";
import { SEARCH_PATH, SearchForm } from "./search-form";
import { SearchResults } from "./search-results";

type Raw = Record<string, string | string[] | undefined>;

export async function SearchPage({ searchParams }: { searchParams: Raw }) {
  const params = parseSearchParams(searchParams);
  // The page decides the final query (it may widen typos); the counts use the same one.
  const page = await searchInputs(params, await resolveTextQuery(params));
  const text = page.text;
  const [t, total, facets] = await Promise.all([getTranslations("knowledgeSearch"), countInputs(params, text), facetCounts(params, text)]);
  const label = await facetLabeller(facets);
  const terms = (text?.expansions ?? []).map((e) => `«${e}»`).join(", ");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <KnowledgeNav current={SEARCH_PATH} />
      <SearchForm params={params} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="resultater-tittel" className="min-w-0 space-y-4">
          <Heading level={2} data-size="sm" id="resultater-tittel">
            {t("results.heading")}
          </Heading>
          <Paragraph role="status" data-testid="search-count">
            {total > COUNT_CAP ? t("results.countOver", { cap: COUNT_CAP }) : t("results.count", { count: total })}
          </Paragraph>
          {terms && <Paragraph data-testid="search-also">{t("results.alsoShowing", { terms })}</Paragraph>}
          <ActiveFilters params={params} label={label} />
          {page.rows.length === 0 ? <Paragraph>{t("results.empty")}</Paragraph> : <SearchResults rows={page.rows} />}
          {(params.etter || page.next) && (
            <nav aria-label={t("results.pages")} className="flex flex-wrap gap-6">
              {params.etter && (
                <NextLink className="ds-link" href={`${SEARCH_PATH}${searchQuery(params)}`}>
                  {t("results.first")}
                </NextLink>
              )}
              {page.next && (
                <NextLink className="ds-link" href={`${SEARCH_PATH}${searchQuery(params, { etter: page.next })}`}>
                  {t("results.next")}
                </NextLink>
              )}
            </nav>
          )}
        </section>
        <FacetForm params={params} facets={facets} label={label} />
      </div>
    </>
  );
}
