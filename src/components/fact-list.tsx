// Label–value facts as a description list in two columns (label, then value), wrapping long
// values instead of widening the page: a method's facts, an activity's when/where/who.
import type { ReactNode } from "react";

export function FactList({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
