import { TextLink } from "@/components/text-link";

type PagerLink = { href: string; label: string };

/** `first` when the reader is past the first page; `next` when there is a page after this one. */
export function KeysetPager({ label, first, next, className = "" }: { label: string; first?: PagerLink | null; next?: PagerLink | null; className?: string }) {
  if (!first && !next) return null;
  return (
    <nav aria-label={label} className={`flex flex-wrap gap-6 ${className}`}>
      {first && <TextLink href={first.href}>{first.label}</TextLink>}
      {next && <TextLink href={next.href}>{next.label}</TextLink>}
    </nav>
  );
}
