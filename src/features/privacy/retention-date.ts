// When a closed process's contact details and identifying text go: the close date plus the
// process's retention months (the same rule retention.ts applies in SQL), or null while open.
import { addMonths } from "date-fns";

export function retentionDate(process: { closedAt: Date | null; retentionMonths: number }): Date | null {
  return process.closedAt ? addMonths(process.closedAt, process.retentionMonths) : null;
}
