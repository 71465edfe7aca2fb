import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { DataTable, numeric } from "@/components/data-table";
import { Alert, Button, Paragraph, Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { parseStartCursor } from "@/lib/keyset";
import { listProcessActivities } from "../queries";

/** The process's activities as a list (keyset pages of 50). */
export async function ActivityList({ processId, after, notice }: { processId: string; after?: string; notice?: "saved" | "deleted" }) {
  const cursor = parseStartCursor(after);
  const [t, fmtDate, page] = await Promise.all([getTranslations("activities"), getDateFormat(), listProcessActivities(processId, { after: cursor })]);
  const when = (d: Date) => fmtDate(d, "dateTimeMedium");
  const base = `/admin/prosesser/${processId}/aktiviteter`;
  return (
    <div className="space-y-6">
      {notice && <Alert data-color="success">{t(`notice.${notice}`)}</Alert>}
      <div className="flex flex-wrap items-center gap-6">
        <Button asChild>
          <NextLink href={`${base}/ny`}>{t("new")}</NextLink>
        </Button>
        <TextLink href={`${base}?visning=kalender`}>{t("calendarView")}</TextLink>
      </div>
      {page.rows.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <DataTable
          label={t("listLabel")}
          columns={[t("col.title"), t("col.when"), t("col.where"), t("col.method"), t("col.status"), numeric(t("col.places"))]}
          rows={page.rows}
          rowKey={(a) => a.id}
          cells={(a) => [
            <>
              <TextLink href={`${base}/${a.id}`}>{a.title}</TextLink>
              {!a.isPublic && (
                <>
                  {" "}
                  <Tag data-color="neutral">{t("internal")}</Tag>
                </>
              )}
            </>,
            when(a.startsAt),
            a.isOnline ? t("online") : [a.place, a.district?.name].filter(Boolean).join(", "),
            a.method.name,
            <Tag key="status" data-color={a.status === "CANCELLED" ? "danger" : a.status === "OPEN" ? "success" : "neutral"}>
              {t(`status.${a.status}`)}
            </Tag>,
            t("placesTaken", { taken: a._count.signups, total: a.politicianCapacity }),
          ]}
        />
      )}
      {page.next && <TextLink href={`${base}?etter=${encodeURIComponent(page.next)}`}>{t("more")}</TextLink>}
    </div>
  );
}
