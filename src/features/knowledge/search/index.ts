// The search's public surface (BENCH and the page use these).
export { facetCounts, type Facets, type FacetOption } from "./facet-counts";
export { FACET_KEYS, type FacetKey, parseSearchParams, searchQuery, type SearchParams } from "./params";
export { COUNT_CAP, countInputs, searchInputs, SEARCH_PAGE_SIZE, type SearchHit, type SearchPage } from "./search-inputs";
export { resolveTextQuery } from "./text-query";
