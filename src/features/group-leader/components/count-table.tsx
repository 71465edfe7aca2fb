// A small labelled table of counts (label → number), scrollable by keyboard when narrow.
// Used for every "per channel / category / plan / district / week" figure on the dashboard,
// so each chart has its data table alternative.
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { NumberHeader } from "@/components/number-header";

type Props = { caption: string; labelHeading: string; countHeading: string; rows: { key: string; label: string; n: number }[]; testId?: string };

export function CountTable({ caption, labelHeading, countHeading, rows, testId }: Props) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <Table zebra data-size="sm" data-testid={testId}>
        <caption className="text-left font-semibold">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{labelHeading}</TableHeaderCell>
            <NumberHeader>{countHeading}</NumberHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableHeaderCell scope="row" className="font-normal">
                {r.label}
              </TableHeaderCell>
              <TableCell className="text-right">{r.n}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
