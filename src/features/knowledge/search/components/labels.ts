// Display labels for facet values: enum values through the inbox's existing labels, months in
// words, ids by the names the facet query fetched.
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { Facets } from "../facet-counts";
import type { FacetKey } from "../params";

const ENUM_NAMESPACE: Partial<Record<FacetKey, string>> = { kategori: "category", kanal: "channel", sprak: "language" };

export async function facetLabeller(facets: Facets) {
  const [t, fmtDate] = await Promise.all([getTranslations("inbox"), getDateFormat()]);
  return (key: FacetKey, value: string): string => {
    const ns = ENUM_NAMESPACE[key];
    if (ns) return t(`${ns}.${value}` as Parameters<typeof t>[0]);
    if (key === "maned") {
      const [y, m] = value.split("-").map(Number) as [number, number];
      return fmtDate(new Date(Date.UTC(y, m - 1, 15)), "monthYear");
    }
    return facets[key].find((o) => o.value === value)?.label ?? value;
  };
}
export type FacetLabeller = Awaited<ReturnType<typeof facetLabeller>>;
