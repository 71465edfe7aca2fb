// The choices in force, each removable with one link (the URL without that value).
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { FACET_KEYS, searchQuery, type FacetKey, type SearchParams } from "../params";
import type { FacetLabeller } from "./labels";
import { SEARCH_PATH } from "./search-form";

export async function ActiveFilters({ params, label }: { params: SearchParams; label: FacetLabeller }) {
  const [t, tFacets, tInbox] = await Promise.all([
    getTranslations("knowledgeSearch.active"),
    getTranslations("knowledgeSearch.facets"),
    getTranslations("inbox"),
  ]);
  const chips: { key: string; text: string; href: string }[] = [];
  if (params.q) chips.push({ key: "q", text: t("query", { q: params.q }), href: searchQuery(params, { drop: { key: "q" } }) });
  for (const key of FACET_KEYS as FacetKey[]) {
    for (const value of params.facets[key]) {
      chips.push({ key: `${key}-${value}`, text: `${tFacets(key)}: ${label(key, value)}`, href: searchQuery(params, { drop: { key, value } }) });
    }
  }
  if (params.synlighet !== "synlige") {
    chips.push({
      key: "synlighet",
      text: `${tFacets("visibility")}: ${tInbox(`visibility.${params.synlighet}`)}`,
      href: searchQuery(params, { drop: { key: "synlighet" } }),
    });
  }
  if (chips.length === 0) return null;
  return (
    <Section id="aktive-valg" heading={t("heading")} level={3} size="2xs" className="space-y-2" data-testid="active-filters">
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {chips.map((c) => (
          <li key={c.key}>
            <TextLink href={`${SEARCH_PATH}${c.href}`}>{t("remove", { label: c.text })}</TextLink>
          </li>
        ))}
        {chips.length > 1 && (
          <li>
            <TextLink href={SEARCH_PATH}>{t("clear")}</TextLink>
          </li>
        )}
      </ul>
    </Section>
  );
}
