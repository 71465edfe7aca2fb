import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { listAllProcesses } from "../../admin-queries";
import { ProcessTable } from "./process-table";

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
        <ProcessTable
          label={t("title")}
          processes={processes}
          heads={[t("colTitle"), t("colStatus")]}
          columns={[
            { label: t("colPeriod"), value: (p) => `${day(p.startsOn)} – ${day(p.endsOn)}` },
            { label: t("colActivities"), numeric: true, value: (p) => p._count.activities },
            { label: t("colInputs"), numeric: true, value: (p) => p._count.inputs },
          ]}
        />
      )}
    </>
  );
}
