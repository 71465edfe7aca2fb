// /admin/personvern: citizens' requests, one tab per status (open first), newest first,
// 25 at a time (keyset: «Eldre forespørsler» carries the last id).
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Alert, Paragraph } from "@/components/ds";
import { KeysetPager } from "@/components/keyset-pager";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import type { PrivacyRequestStatus } from "@/generated/prisma/enums";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { countOpenPrivacyRequests, listPrivacyRequests } from "../queries";

const STATUSES: PrivacyRequestStatus[] = ["OPEN", "DONE", "REFUSED"];

export async function PrivacyRequestsPage({ status, before, handled }: { status: PrivacyRequestStatus; before?: string; handled: boolean }) {
  const [t, fmtDate, page, open] = await Promise.all([
    getTranslations("privacy.admin"),
    getDateFormat(),
    listPrivacyRequests(status, before),
    countOpenPrivacyRequests(),
  ]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {handled && (
        <Alert data-color="success" role="status" className="mb-6">
          {t("saved")}
        </Alert>
      )}
      <nav aria-label={t("title")} className="mb-6">
        <ul className="flex flex-wrap gap-6">
          {STATUSES.map((s) => (
            <li key={s}>
              <TextLink href={s === "OPEN" ? "/admin/personvern" : `/admin/personvern?status=${s}`} aria-current={s === status ? "page" : undefined}>
                {t(`tabs.${s}`, { count: open })}
              </TextLink>
            </li>
          ))}
        </ul>
      </nav>
      {page.rows.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <DataTable
          label={t("tableLabel")}
          size="sm"
          columns={[t("columns.received"), t("columns.kind"), t("columns.process"), { label: t("columns.receipt"), className: "font-mono" }]}
          rows={page.rows}
          rowKey={(r) => r.id}
          cells={(r) => [
            <TextLink key="open" href={`/admin/personvern/${r.id}`} aria-label={t("open", { date: fmtDate(r.createdAt, "dateTime") })}>
              {fmtDate(r.createdAt, "dateTime")}
            </TextLink>,
            t(`kind.${r.kind}`),
            r.input?.process.title ?? "–",
            r.receiptCode,
          ]}
        />
      )}
      <KeysetPager
        className="mt-4"
        label={t("pages")}
        next={
          page.next
            ? { href: `/admin/personvern?${new URLSearchParams({ ...(status === "OPEN" ? {} : { status }), for: page.next })}`, label: t("next") }
            : null
        }
      />
    </>
  );
}
