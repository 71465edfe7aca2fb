// A data table that scrolls sideways inside a labelled, keyboard-focusable region on a narrow
// screen (axe's scrollable-region-focusable), instead of widening the page: column headers
// (scope="col"; number columns right-aligned with their cells so the figures line up) and one row
// of cells per item, optionally led by a row header. Every list and count table in the app is one
// of these, so the scroll region, the scopes and the alignment are written once.
import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { NumberHeader } from "@/components/number-header";

/** A column: its header, whether it holds numbers (right-aligned), and classes for its body cells. */
export type Column = { label: ReactNode; numeric?: boolean; className?: string };

type Props<T> = {
  /** Names the scroll region (and is the caption, if any)… */
  label?: string;
  /** …or the id of the heading that names it. */
  labelledBy?: string;
  /** Repeats the label as the table's caption: shown (`true`: semibold; `"plain"`) or for screen readers only (`"hidden"`). */
  caption?: boolean | "plain" | "hidden";
  columns: (ReactNode | Column)[];
  rows: T[];
  rowKey: (row: T) => string;
  cells: (row: T) => ReactNode[];
  /** Attributes of a row's <tr> (a test id, a highlight). */
  rowProps?: (row: T) => ComponentPropsWithoutRef<"tr"> & { "data-testid"?: string };
  /** The first cell of each row names it (a row header, `scope="row"`): in normal weight, or `"bold"`. */
  rowHeader?: boolean | "bold";
  size?: "sm";
  zebra?: boolean;
  testId?: string;
  /** Classes on the scroll region (e.g. hidden on small screens where a card list stands instead). */
  className?: string;
};

/** A number column: right-aligned header and cells. */
export const numeric = (label: ReactNode): Column => ({ label, numeric: true });

const CAPTION_CLASS = { shown: "text-left font-semibold", plain: "text-left", hidden: "sr-only" };
const isColumn = (c: ReactNode | Column): c is Column => typeof c === "object" && c !== null && !isValidElement(c) && "label" in c;
const cellClass = (c: Column) => [c.numeric && "text-right", c.className].filter(Boolean).join(" ") || undefined;

export function DataTable<T>({
  label,
  labelledBy,
  caption,
  columns,
  rows,
  rowKey,
  cells,
  rowProps,
  rowHeader,
  size,
  zebra = true,
  testId,
  className,
}: Props<T>) {
  const cols: Column[] = columns.map((c) => (isColumn(c) ? c : { label: c }));
  return (
    <div className={className ? `overflow-x-auto ${className}` : "overflow-x-auto"} tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      <Table zebra={zebra} data-size={size} data-testid={testId}>
        {caption && <caption className={CAPTION_CLASS[caption === true ? "shown" : caption]}>{label}</caption>}
        <TableHead>
          <TableRow>
            {cols.map((c, i) =>
              c.numeric ? (
                <NumberHeader key={i}>{c.label}</NumberHeader>
              ) : (
                <TableHeaderCell key={i} scope="col">
                  {c.label}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} {...rowProps?.(row)}>
              {cells(row).map((content, i) =>
                rowHeader && i === 0 ? (
                  <TableHeaderCell
                    key={i}
                    scope="row"
                    className={[rowHeader !== "bold" && "font-normal", cols[i] && cellClass(cols[i])].filter(Boolean).join(" ") || undefined}
                  >
                    {content}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={i} className={cols[i] && cellClass(cols[i])}>
                    {content}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
