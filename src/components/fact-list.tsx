// Label–value facts as a description list, label then value, wrapping long values instead of
// widening the page. One component for every such list, in three layouts:
// - "compact": two columns always, small text (a method's facts, an activity's when/where/who);
// - "stacked": stacked below 640 px, two columns from there (an input's, a message's, a request's facts);
// - "narrow": as stacked, the label column at most 14rem, line breaks kept (evaluation answers).
import type { ReactNode } from "react";

const LAYOUTS = {
  compact: { dl: "grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm", dd: "break-words" },
  stacked: { dl: "grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]", dd: "mb-2 sm:mb-0" },
  narrow: { dl: "grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]", dd: "mb-2 break-words whitespace-pre-line sm:mb-0" },
};

type Props = { rows: [label: string, value: ReactNode][]; layout?: keyof typeof LAYOUTS; className?: string };

export function FactList({ rows, layout = "compact", className }: Props) {
  const { dl, dd } = LAYOUTS[layout];
  return (
    <dl className={className ? `${dl} ${className}` : dl}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className={dd}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
