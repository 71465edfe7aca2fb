// A small labelled table of counts (label → number), scrollable by keyboard when narrow.
// Used for every "per channel / category / plan / district / week" figure on the dashboard,
// so each chart has its data table alternative.
import { DataTable, numeric } from "@/components/data-table";

type Props = { caption: string; labelHeading: string; countHeading: string; rows: { key: string; label: string; n: number }[]; testId?: string };

export function CountTable({ caption, labelHeading, countHeading, rows, testId }: Props) {
  return (
    <DataTable
      label={caption}
      caption
      size="sm"
      testId={testId}
      rowHeader
      columns={[labelHeading, numeric(countHeading)]}
      rows={rows}
      rowKey={(r) => r.key}
      cells={(r) => [r.label, r.n]}
    />
  );
}
