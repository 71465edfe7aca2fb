// Every admin table of processes (the overview and the process list): the title as a link to the
// process and its status as a tag, in words, not colour alone, then the columns each page adds.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/data-table";
import { Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import type { ProcessStatus } from "@/generated/prisma/enums";

type ProcessRow = { id: string; title: string; status: ProcessStatus };
type Props<P extends ProcessRow> = {
  label: string;
  processes: P[];
  /** The headers of the title and status columns (each page words them in its own namespace). */
  heads: [title: string, status: string];
  columns: (Column & { value: (p: P) => ReactNode })[];
};

export async function ProcessTable<P extends ProcessRow>({ label, processes, heads, columns }: Props<P>) {
  const tp = await getTranslations("process");
  return (
    <DataTable
      label={label}
      columns={[...heads, ...columns]}
      rows={processes}
      rowKey={(p) => p.id}
      cells={(p) => [
        <TextLink key="title" href={`/admin/prosesser/${p.id}`}>
          {p.title}
        </TextLink>,
        <Tag key="status" data-color={p.status === "PUBLISHED" ? "success" : "neutral"}>
          {tp(`status.${p.status}`)}
        </Tag>,
        ...columns.map((c) => c.value(p)),
      ]}
    />
  );
}
