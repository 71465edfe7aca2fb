// A counts table of the report: caption, column headers with scope, a row header per group,
// numbers right-aligned. Wrapped in a labelled, focusable region that scrolls sideways on a
// phone (keyboard users can scroll it too); the print stylesheet lets it grow instead. Compact
// cells and row headers that break long compound words keep a four-column table (topic,
// points, mentioned by, «Andel») within 390 px, so the share is never cut off (issue #16, 16a).
import type { ReactNode } from "react";

export type CountColumn = { header: string; numeric?: boolean };

export function CountTable({ caption, columns, rows }: { caption: string; columns: CountColumn[]; rows: { key: string; cells: ReactNode[] }[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption} data-report-table>
      <table className="ds-table [--dsc-table-padding:var(--ds-size-1)_var(--ds-size-2)]" data-border data-zebra data-size="sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? "text-right" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="font-normal hyphens-auto [overflow-wrap:anywhere]">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={columns[i]?.numeric ? "text-right tabular-nums" : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
