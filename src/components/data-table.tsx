// A data table that scrolls sideways inside a labelled, keyboard-focusable region on a narrow
// screen (axe's scrollable-region-focusable), instead of widening the page: column headers and
// one row of cells per item, from Designsystemet's Table.
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";

type Props<T> = { label: string; columns: ReactNode[]; rows: T[]; rowKey: (row: T) => string; cells: (row: T) => ReactNode[] };

export function DataTable<T>({ label, columns, rows, rowKey, cells }: Props<T>) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <Table zebra>
        <TableHead>
          <TableRow>
            {columns.map((c, i) => (
              <TableHeaderCell key={i}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {cells(row).map((c, i) => (
                <TableCell key={i}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
