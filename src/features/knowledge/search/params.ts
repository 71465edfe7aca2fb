// Search parameters as GET parameters with Norwegian names (the inbox's style), so every
// search is a shareable URL. Facet dimensions take several values (`kategori=NEED&kategori=HOPE`):
// OR inside a dimension, AND between dimensions. Anything unparseable is dropped, not an error.
import { z } from "zod";
import { inboxFilterSchema } from "@/features/inputs/inbox/filters";
import { InputCategory, InputChannel, InputLanguage } from "@/generated/prisma/enums";
import { isUuid } from "@/lib/ids";

type Raw = Record<string, string | string[] | undefined> | URLSearchParams;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const enumValues = (e: Record<string, string>) => (v: string) => Object.values(e).includes(v);

/** Facet dimensions: GET name → which values are valid. */
export const FACETS = {
  kategori: enumValues(InputCategory),
  plan: isUuid,
  emne: isUuid,
  malgruppe: isUuid,
  bydel: isUuid,
  kanal: enumValues(InputChannel),
  sprak: enumValues(InputLanguage),
  fase: isUuid,
  aktivitet: isUuid,
  maned: (v: string) => MONTH.test(v),
} satisfies Record<string, (v: string) => boolean>;
export type FacetKey = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

export type Visibility = z.infer<typeof inboxFilterSchema.shape.synlighet>;

export type SearchParams = {
  /** The words the user typed (trimmed, at most 200 characters). */
  q: string;
  /** Chosen values per facet dimension (empty = no condition). */
  facets: Record<FacetKey, string[]>;
  /** "synlige" (default) leaves hidden inputs out, "skjult" shows only them, "alle" both. */
  synlighet: Visibility;
  /** Opaque keyset cursor from the previous page. */
  etter?: string;
};

const MAX_VALUES = 50;

function all(raw: Raw, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = raw[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function parseSearchParams(raw: Raw): SearchParams {
  const facets = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    const valid = FACETS[key] as (v: string) => boolean;
    facets[key] = [
      ...new Set(
        all(raw, key)
          .map((v) => v.trim())
          .filter(valid),
      ),
    ].slice(0, MAX_VALUES);
  }
  const etter = all(raw, "etter")[0];
  return {
    q: (all(raw, "q")[0] ?? "").trim().slice(0, 200),
    facets,
    synlighet: inboxFilterSchema.shape.synlighet.parse(all(raw, "synlighet")[0]),
    etter: etter && etter.length < 200 ? etter : undefined,
  };
}

export const emptySearchParams = (): SearchParams => parseSearchParams({});

/** The same words without any facet choice or visibility (the "reset the filter" link). */
export const withoutFilters = (p: SearchParams): SearchParams => ({ ...emptySearchParams(), q: p.q });

/** The search as a query string ("" or "?…"), without defaults; `drop` removes one facet value. */
export function searchQuery(p: SearchParams, opts: { etter?: string; drop?: { key: FacetKey | "q" | "synlighet"; value?: string } } = {}): string {
  const q = new URLSearchParams();
  if (p.q && opts.drop?.key !== "q") q.set("q", p.q);
  for (const key of FACET_KEYS) for (const v of p.facets[key]) if (!(opts.drop?.key === key && opts.drop.value === v)) q.append(key, v);
  if (p.synlighet !== "synlige" && opts.drop?.key !== "synlighet") q.set("synlighet", p.synlighet);
  if (opts.etter) q.set("etter", opts.etter);
  const s = q.toString();
  return s ? `?${s}` : "";
}
