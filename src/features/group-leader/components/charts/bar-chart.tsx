// Server-rendered horizontal bar chart in SVG (issue #17 §4): no chart library, no JavaScript.
// Accessible as one image (role="img" with <title> and <desc>); every bar carries its number as
// text, and the second and third series are hatched and dotted, so nothing depends on colour. The
// same figures are always in a table next to the chart (the caller renders it). Each row's label
// sits on its own line above its bars, so the chart reads at 390 px; it scales with its container
// and prints. With a row `total`, the bars are parts of that whole (e.g. a party's representatives):
// an outlined frame stands for the whole and each bar says «4 av 17».
export type BarRow = { key: string; label: string; values: number[]; flagged?: boolean; total?: number };
export type BarSeries = { label: string };

type Props = {
  /** Unique on the page: ids of the title, description and patterns derive from it. */
  id: string;
  title: string;
  description: string;
  rows: BarRow[];
  series: BarSeries[];
  format: (v: number) => string;
  /** Word shown after a flagged row's label (never colour alone). */
  flagLabel?: string;
  /** The text of a value against its row's total (default: the value alone). */
  ofTotal?: (v: string, total: string) => string;
};

const W = 400;
const LABEL_H = 16;
const BAR_H = 12;
const GAP = 10;
const VALUE_W = 64;
const FILLS = ["#1e2b3c", "url(#HATCH)", "url(#DOTS)"];
const LEGEND_ROW = 18;

export function BarChart({ id, title, description, rows, series, format, flagLabel, ofTotal }: Props) {
  const max = Math.max(0, ...rows.flatMap((r) => (r.total === undefined ? r.values : [r.total])));
  const rowH = LABEL_H + series.length * (BAR_H + 2) + GAP;
  // Two series share a legend line; three or more get a line each (it must fit at 390 px).
  const legendH = series.length > 2 ? series.length * LEGEND_ROW + 4 : series.length > 1 ? 22 : 0;
  const height = legendH + rows.length * rowH + 4;
  const valueW = rows.some((r) => r.total !== undefined) ? 96 : VALUE_W;
  const barW = W - valueW;
  const hatch = `${id}-hatch`;
  const dots = `${id}-dots`;
  const fill = (i: number) => FILLS[i % FILLS.length]!.replace("HATCH", hatch).replace("DOTS", dots);
  return (
    <figure className="chart m-0 max-w-2xl" data-testid={id}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        className="chart-svg h-auto"
        style={{ fontFamily: "inherit" }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill="#0062ba" />
          </pattern>
          <pattern id={dots} patternUnits="userSpaceOnUse" width="5" height="5">
            <rect width="5" height="5" fill="#ffffff" />
            <circle cx="2.5" cy="2.5" r="1.4" fill="#1e2b3c" />
          </pattern>
        </defs>
        {series.length > 1 && (
          <g aria-hidden="true" fontSize="11">
            {series.map((s, i) => (
              <g key={s.label} transform={series.length > 2 ? `translate(0, ${2 + i * LEGEND_ROW})` : `translate(${i * 180}, 2)`}>
                <rect width="14" height="12" fill={fill(i)} stroke="#1e2b3c" strokeWidth="0.75" />
                <text x="20" y="10" fill="currentColor">
                  {s.label}
                </text>
              </g>
            ))}
          </g>
        )}
        {rows.map((r, ri) => {
          const y0 = legendH + ri * rowH;
          return (
            <g key={r.key} transform={`translate(0, ${y0})`}>
              <text x="0" y="12" fontSize="12" fill="currentColor" fontWeight={r.flagged ? 700 : 400}>
                {r.label}
                {r.flagged && flagLabel ? ` – ${flagLabel}` : ""}
              </text>
              {r.values.map((v, i) => {
                const w = max > 0 ? Math.max(v > 0 ? 1 : 0, (v / max) * barW) : 0;
                const frame = r.total !== undefined && max > 0 ? (r.total / max) * barW : 0;
                const y = LABEL_H + i * (BAR_H + 2);
                const text = r.total !== undefined && ofTotal ? ofTotal(format(v), format(r.total)) : format(v);
                return (
                  <g key={i}>
                    {frame > 0 && <rect x="0" y={y} width={frame} height={BAR_H} fill="none" stroke="#68707c" strokeWidth="0.75" strokeDasharray="2 2" />}
                    <rect x="0" y={y} width={w} height={BAR_H} fill={fill(i)} stroke="#1e2b3c" strokeWidth={w > 0 ? 0.75 : 0} />
                    <text x={Math.max(w, frame) + 4} y={y + BAR_H - 2} fontSize="11" fill="currentColor">
                      {text}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
