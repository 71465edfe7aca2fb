// The process's retention time on its «Publisering» page, next to closing it: how long after
// closing contact details and identifying text are kept, and the date that gives once closed.
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { db } from "@/lib/db";
import { retentionDate } from "../retention-date";
import { RetentionForm } from "./retention-form";

export async function RetentionPanel({ processId, editable }: { processId: string; editable: boolean }) {
  const [t, tp, fmtDate, process] = await Promise.all([
    getTranslations("privacy.retention"),
    getTranslations("privacy.public"),
    getDateFormat(),
    db.process.findUniqueOrThrow({ where: { id: processId }, select: { retentionMonths: true, closedAt: true } }),
  ]);
  const until = retentionDate(process);
  return (
    <Section id="lagringstid" heading={t("legend")} className="max-w-2xl space-y-3">
      <Paragraph>{until ? tp("retentionUntil", { date: fmtDate(until, "date") }) : tp("retentionAfterClose", { months: process.retentionMonths })}</Paragraph>
      {editable && <RetentionForm processId={processId} months={process.retentionMonths} />}
    </Section>
  );
}
