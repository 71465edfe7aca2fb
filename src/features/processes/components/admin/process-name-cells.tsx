// The first two cells of every admin table of processes (the overview and the process list):
// the title as a link to the process and its status as a tag, in words, not colour alone.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { TableCell, Tag } from "@/components/ds";
import type { ProcessStatus } from "@/generated/prisma/enums";

export async function ProcessNameCells({ process: p }: { process: { id: string; title: string; status: ProcessStatus } }) {
  const tp = await getTranslations("process");
  return (
    <>
      <TableCell>
        <NextLink className="ds-link" href={`/admin/prosesser/${p.id}`}>
          {p.title}
        </NextLink>
      </TableCell>
      <TableCell>
        <Tag data-color={p.status === "PUBLISHED" ? "success" : "neutral"}>{tp(`status.${p.status}`)}</Tag>
      </TableCell>
    </>
  );
}
