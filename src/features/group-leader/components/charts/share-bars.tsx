// Two shares side by side per row (population share, input share) as a BarChart: the
// representativeness bars of the dashboard (issue #17 §4).
import { BarChart } from "./bar-chart";

type Props = {
  title: string;
  description: string;
  rows: { key: string; label: string; a: number; b: number; flagged: boolean }[];
  aLabel: string;
  bLabel: string;
  flagLabel: string;
  format: (v: number) => string;
};

export function ShareBars({ title, description, rows, aLabel, bLabel, flagLabel, format }: Props) {
  const id = `diagram-${title.toLocaleLowerCase("nb").replace(/[^a-z0-9æøå]+/g, "-")}`;
  return (
    <BarChart
      id={id}
      title={title}
      description={description}
      rows={rows.map((r) => ({ key: r.key, label: r.label, values: [r.a, r.b], flagged: r.flagged }))}
      series={[{ label: aLabel }, { label: bLabel }]}
      format={format}
      flagLabel={flagLabel}
    />
  );
}
