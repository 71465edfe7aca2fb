import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
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
        <NextLink className="ds-link" href={`${base}?visning=kalender`}>
          {t("calendarView")}
        </NextLink>
      </div>
      {page.rows.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("listLabel")}>
          <Table zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("col.title")}</TableHeaderCell>
                <TableHeaderCell>{t("col.when")}</TableHeaderCell>
                <TableHeaderCell>{t("col.where")}</TableHeaderCell>
                <TableHeaderCell>{t("col.method")}</TableHeaderCell>
                <TableHeaderCell>{t("col.status")}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t("col.places")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.rows.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <NextLink className="ds-link" href={`${base}/${a.id}`}>
                      {a.title}
                    </NextLink>
                    {!a.isPublic && (
                      <>
                        {" "}
                        <Tag data-color="neutral">{t("internal")}</Tag>
                      </>
                    )}
                  </TableCell>
                  <TableCell>{when(a.startsAt)}</TableCell>
                  <TableCell>{a.isOnline ? t("online") : [a.place, a.district?.name].filter(Boolean).join(", ")}</TableCell>
                  <TableCell>{a.method.name}</TableCell>
                  <TableCell>
                    <Tag data-color={a.status === "CANCELLED" ? "danger" : a.status === "OPEN" ? "success" : "neutral"}>{t(`status.${a.status}`)}</Tag>
                  </TableCell>
                  <TableCell className="text-right">{t("placesTaken", { taken: a._count.signups, total: a.politicianCapacity })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {page.next && (
        <NextLink className="ds-link" href={`${base}?etter=${encodeURIComponent(page.next)}`}>
          {t("more")}
        </NextLink>
      )}
    </div>
  );
}
