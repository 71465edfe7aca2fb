// /admin/kunnskapsbase/sok: full-text search over every input with facets. Everything is in the
// URL (GET), so a search can be shared and works without JavaScript. Results come first in
// the markup, so on a phone the facets follow them; on wide screens they sit alongside.
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { KeysetPager } from "@/components/keyset-pager";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
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
        <Section id="resultater-tittel" heading={t("results.heading")} className="min-w-0 space-y-4">
          <Paragraph role="status" data-testid="search-count">
            {total > COUNT_CAP ? t("results.countOver", { cap: COUNT_CAP }) : t("results.count", { count: total })}
          </Paragraph>
          {terms && <Paragraph data-testid="search-also">{t("results.alsoShowing", { terms })}</Paragraph>}
          <ActiveFilters params={params} label={label} />
          {page.rows.length === 0 ? <Paragraph>{t("results.empty")}</Paragraph> : <SearchResults rows={page.rows} />}
          <KeysetPager
            label={t("results.pages")}
            first={params.etter ? { href: `${SEARCH_PATH}${searchQuery(params)}`, label: t("results.first") } : null}
            next={page.next ? { href: `${SEARCH_PATH}${searchQuery(params, { etter: page.next })}`, label: t("results.next") } : null}
          />
        </Section>
        <FacetForm params={params} facets={facets} label={label} />
      </div>
    </>
  );
}
