// "First page" / "next page" links under a list read in keyset pages (lib/keyset.ts): plain
// links, so paging works without JavaScript. Shown only when there is somewhere to go.
import NextLink from "next/link";

type PagerLink = { href: string; label: string };

/** `first` when the reader is past the first page; `next` when there is a page after this one. */
export function KeysetPager({ label, first, next, className = "" }: { label: string; first?: PagerLink | null; next?: PagerLink | null; className?: string }) {
  if (!first && !next) return null;
  return (
    <nav aria-label={label} className={`flex flex-wrap gap-6 ${className}`}>
      {first && (
        <NextLink className="ds-link" href={first.href}>
          {first.label}
        </NextLink>
      )}
      {next && (
        <NextLink className="ds-link" href={next.href}>
          {next.label}
        </NextLink>
      )}
    </nav>
  );
}
