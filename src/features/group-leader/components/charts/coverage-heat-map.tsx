// Target-group coverage as a heat map (issue #17 §4): the DEMRE matrix, importance across and
// difficulty down, as server-rendered SVG. A cell's shade comes from the activities held for its
// groups (five steps, the darkest the busiest cell), and every cell also says it in words («12
// gjennomført · 340 innspill»), so nothing rests on colour. Every group is named in its cell with
// its own figures; a prioritised group («Bruk mest ressurser her», «Prioritet») with nothing held
// and nothing heard carries «⚠ Ikke nådd» on a line of its own, and its cell a heavy border. Wide screens and paper get the 3 × 3
// grid; below 640 px the nine cells stack, so the text stays readable at 390 px. The figures are in
// the table the caller renders beside it (role="img" with title and description).
import { DIFFICULTIES, IMPORTANCES, strategyFor, type Strategy } from "@/features/target-groups/strategy";

export type HeatGroup = { id: string; name: string; importance: string; difficulty: string; held: number; inputs: number; flag: string | null };
export type HeatLabels = {
  title: string;
  description: string;
  importanceAxis: string;
  difficultyAxis: string;
  importance: (i: string) => string;
  difficulty: (d: string) => string;
  strategy: (s: Strategy) => string;
  /** «{held} gjennomført · {inputs} innspill» */
  cellCounts: (held: number, inputs: number) => string;
  groupCounts: (held: number, inputs: number) => string;
  notReached: string;
  tooMuch: string;
  empty: string;
  legend: string;
};

const SHADES = ["#ffffff", "#e6f0fb", "#cde1f6", "#aecdf0", "#8cb8e8"];
const INK = "#1e2b3c";
const LINE = 14;
const GROUP_H = 2 * LINE + 4;
/** A group takes two lines (name, figures) and a third for its flag. */
const groupsHeight = (gs: { flag: string | null }[]) => gs.reduce((h, g) => h + GROUP_H + (g.flag ? LINE : 0), 0);
const HEAD_H = 2 * LINE + 8;

/** SVG text does not wrap: long names are cut (the table beside has them whole). */
function cut(s: string, max: number) {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

type Cell = { importance: string; difficulty: string; strategy: Strategy; groups: HeatGroup[]; held: number; inputs: number };

function cells(groups: HeatGroup[]): Cell[] {
  return DIFFICULTIES.flatMap((d) =>
    IMPORTANCES.map((i) => {
      const here = groups.filter((g) => g.importance === i && g.difficulty === d);
      return {
        importance: i,
        difficulty: d,
        strategy: strategyFor(i, d),
        groups: here,
        held: here.reduce((n, g) => n + g.held, 0),
        inputs: here.reduce((n, g) => n + g.inputs, 0),
      };
    }),
  );
}

function CellBody({
  c,
  x,
  y,
  w,
  h,
  shade,
  labels,
  chars,
}: {
  c: Cell;
  x: number;
  y: number;
  w: number;
  h: number;
  shade: string;
  labels: HeatLabels;
  chars: number;
}) {
  const flagged = c.groups.some((g) => g.flag === "NOT_REACHED");
  return (
    <g transform={`translate(${x}, ${y})`}>
      <rect
        width={w}
        height={h}
        fill={shade}
        stroke={flagged ? "#b4211f" : INK}
        strokeWidth={flagged ? 2.5 : 0.75}
        strokeDasharray={flagged ? "6 3" : undefined}
      />
      <text x="8" y={LINE + 2} fontSize="12" fontWeight="700" fill={INK}>
        {cut(labels.strategy(c.strategy), chars)}
      </text>
      <text x="8" y={2 * LINE + 4} fontSize="11" fill={INK}>
        {labels.cellCounts(c.held, c.inputs)}
      </text>
      {c.groups.length === 0 ? (
        <text x="8" y={HEAD_H + LINE} fontSize="11" fill={INK} fontStyle="italic">
          {labels.empty}
        </text>
      ) : (
        c.groups.map((g, gi) => {
          const gy = HEAD_H + groupsHeight(c.groups.slice(0, gi));
          const flag = g.flag === "NOT_REACHED" ? `⚠ ${labels.notReached}` : g.flag === "TOO_MUCH_ENERGY" ? `ℹ ${labels.tooMuch}` : null;
          return (
            <g key={g.id}>
              <text x="8" y={gy + LINE} fontSize="11.5" fontWeight="600" fill={INK}>
                {cut(g.name, chars)}
              </text>
              <text x="8" y={gy + 2 * LINE} fontSize="10.5" fill={INK}>
                {labels.groupCounts(g.held, g.inputs)}
              </text>
              {flag && (
                <text x="8" y={gy + 3 * LINE} fontSize="10.5" fontWeight="700" fill={g.flag === "NOT_REACHED" ? "#8a1c1a" : INK}>
                  {flag}
                </text>
              )}
            </g>
          );
        })
      )}
    </g>
  );
}

export function CoverageHeatMap({ id, groups, labels }: { id: string; groups: HeatGroup[]; labels: HeatLabels }) {
  const all = cells(groups);
  const max = Math.max(0, ...all.map((c) => c.held));
  const shade = (c: Cell) => SHADES[max === 0 || c.held === 0 ? 0 : Math.max(1, Math.ceil((c.held / max) * (SHADES.length - 1)))]!;
  const cellH = (cs: Cell[]) => HEAD_H + Math.max(GROUP_H, ...cs.map((c) => groupsHeight(c.groups))) + 6;

  // Wide: the matrix itself.
  const AXIS_W = 112;
  const COL_W = 220;
  const TOP = 44;
  const rowsH = DIFFICULTIES.map((d) => cellH(all.filter((c) => c.difficulty === d)));
  const wideW = AXIS_W + 3 * COL_W;
  const legendY = TOP + rowsH.reduce((a, b) => a + b, 0) + 8;
  const wideH = legendY + 26;

  // Narrow: the nine cells stacked, each with its place on the matrix in words.
  const NW = 360;
  const stacked = all.map((c) => ({ c, h: cellH([c]) + LINE + 4 }));
  const narrowH = stacked.reduce((n, s) => n + s.h + 8, 0) + 48;

  const legend = (y: number, below: boolean) => (
    <g transform={`translate(0, ${y})`} fontSize="10.5" fill={INK}>
      {SHADES.map((s, i) => (
        <rect key={s} x={i * 16} y="0" width="14" height="12" fill={s} stroke={INK} strokeWidth="0.5" />
      ))}
      <text x={below ? 0 : SHADES.length * 16 + 6} y={below ? 26 : 10}>
        {labels.legend}
      </text>
    </g>
  );

  return (
    <figure className="chart m-0" data-testid={id}>
      <div className="hidden sm:block print:block">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${wideW} ${wideH}`}
          width="100%"
          className="chart-svg h-auto max-w-4xl"
          style={{ fontFamily: "inherit" }}
        >
          <title id={`${id}-title`}>{labels.title}</title>
          <desc id={`${id}-desc`}>{labels.description}</desc>
          <text x={AXIS_W + (3 * COL_W) / 2} y="14" fontSize="12" fontWeight="700" textAnchor="middle" fill={INK}>
            {labels.importanceAxis} →
          </text>
          {IMPORTANCES.map((i, ci) => (
            <text key={i} x={AXIS_W + ci * COL_W + COL_W / 2} y="36" fontSize="12" textAnchor="middle" fill={INK}>
              {labels.importance(i)}
            </text>
          ))}
          <text
            transform={`translate(12, ${TOP + rowsH.reduce((a, b) => a + b, 0) / 2}) rotate(-90)`}
            fontSize="12"
            fontWeight="700"
            textAnchor="middle"
            fill={INK}
          >
            {labels.difficultyAxis} →
          </text>
          {DIFFICULTIES.map((d, ri) => {
            const y = TOP + rowsH.slice(0, ri).reduce((a, b) => a + b, 0);
            return (
              <g key={d}>
                <text x="22" y={y + LINE + 2} fontSize="11" fill={INK}>
                  {cut(labels.difficulty(d), 15)}
                </text>
                {IMPORTANCES.map((i, ci) => {
                  const c = all.find((x) => x.importance === i && x.difficulty === d)!;
                  return <CellBody key={i} c={c} x={AXIS_W + ci * COL_W} y={y} w={COL_W} h={rowsH[ri]!} shade={shade(c)} labels={labels} chars={29} />;
                })}
              </g>
            );
          })}
          {legend(legendY, false)}
        </svg>
      </div>
      <div className="sm:hidden print:hidden">
        <svg
          role="img"
          aria-labelledby={`${id}-smal-title ${id}-smal-desc`}
          viewBox={`0 0 ${NW} ${narrowH}`}
          width="100%"
          className="chart-svg h-auto"
          style={{ fontFamily: "inherit" }}
        >
          <title id={`${id}-smal-title`}>{labels.title}</title>
          <desc id={`${id}-smal-desc`}>{labels.description}</desc>
          {legend(4, true)}
          {stacked.map(({ c, h }, k) => {
            const y = 44 + stacked.slice(0, k).reduce((n, s) => n + s.h + 8, 0);
            return (
              <g key={`${c.difficulty}-${c.importance}`} transform={`translate(0, ${y})`}>
                <text x="0" y={LINE - 2} fontSize="11" fill={INK}>
                  {cut(`${labels.importance(c.importance)} · ${labels.difficulty(c.difficulty)}`, 60)}
                </text>
                <CellBody c={c} x={0} y={LINE + 2} w={NW} h={h - LINE - 4} shade={shade(c)} labels={labels} chars={58} />
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
