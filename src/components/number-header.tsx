// A column header over numbers, right-aligned like its cells so the figures line up under it.
import type { ReactNode } from "react";
import { TableHeaderCell } from "@/components/ds";

export function NumberHeader({ children }: { children: ReactNode }) {
  return (
    <TableHeaderCell scope="col" className="text-right">
      {children}
    </TableHeaderCell>
  );
}
