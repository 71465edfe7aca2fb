import type { ReactNode } from "react";

/** Label/value pairs as a definition list: two columns from 640 px, stacked below. */
export function FactsList({ facts, className = "max-w-3xl" }: { facts: [string, ReactNode][]; className?: string }) {
  return (
    <dl className={`grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] ${className}`}>
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
