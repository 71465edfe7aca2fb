// URL slugs from Norwegian titles: æ→ae, ø→o, å→a, accents dropped, everything else → "-".
const REPLACEMENTS: Record<string, string> = { æ: "ae", ø: "o", å: "a", Æ: "ae", Ø: "o", Å: "a" };

export function slugify(text: string, maxLength = 80): string {
  return text
    .replace(/[æøåÆØÅ]/g, (c) => REPLACEMENTS[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `base`, or `base-2`, `base-3`… — the first not among `taken` (slugs starting with base). */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let slug = base;
  for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}
