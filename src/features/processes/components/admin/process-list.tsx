import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { listAllProcesses } from "../../admin-queries";
import { ProcessNameCells } from "./process-name-cells";

export async function ProcessList() {
  const [t, fmtDate, processes] = await Promise.all([getTranslations("processes.list"), getDateFormat(), listAllProcesses()]);
  const day = (d: Date | null) => (d ? fmtDate(d, "dayMedium") : "–");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <Button asChild className="mb-6">
        <NextLink href="/admin/prosesser/ny">{t("new")}</NextLink>
      </Button>
      {processes.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
          <Table zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("colTitle")}</TableHeaderCell>
                <TableHeaderCell>{t("colStatus")}</TableHeaderCell>
                <TableHeaderCell>{t("colPeriod")}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t("colActivities")}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t("colInputs")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {processes.map((p) => (
                <TableRow key={p.id}>
                  <ProcessNameCells process={p} />
                  <TableCell>
                    {day(p.startsOn)} – {day(p.endsOn)}
                  </TableCell>
                  <TableCell className="text-right">{p._count.activities}</TableCell>
                  <TableCell className="text-right">{p._count.inputs}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
