// /admin/utsending: every e-mail the app has queued — sent, waiting, dead or skipped — newest
// first with keyset pages and a status filter (a GET form: works without JavaScript). Without
// SMTP_URL nothing is sent, and the page says so: it then shows exactly what would have gone out.
import { Alert, Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { KeysetPager } from "@/components/keyset-pager";
import { PageHeading } from "@/components/page-heading";
import { SelectField } from "@/components/form-fields";
import type { OutboxStatus } from "@/generated/prisma/enums";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { smtpConfig } from "../config";
import { listOutbox, outboxCounts, parseOutboxCursor } from "../outbox-queries";
import { OUTBOX_STATUSES } from "../schemas";

export const OUTBOX_PATH = "/admin/utsending";

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export async function OutboxPage({ searchParams }: { searchParams: Params }) {
  const statusParam = first(searchParams.status);
  const status = (OUTBOX_STATUSES as readonly string[]).includes(statusParam ?? "") ? (statusParam as OutboxStatus) : undefined;
  const cursor = parseOutboxCursor(first(searchParams.etter));
  const [t, tm, format, date, page, counts] = await Promise.all([
    getTranslations("mail.outbox"),
    getTranslations("mail"),
    getFormatter(),
    getDateFormat(),
    listOutbox({ status }, cursor),
    outboxCounts(),
  ]);
  const query = (extra: Record<string, string>) => `${OUTBOX_PATH}?${new URLSearchParams({ ...(status ? { status } : {}), ...extra })}`;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {!smtpConfig() && (
        <Alert data-color="info" className="mb-6">
          {t("noSmtp")}
        </Alert>
      )}
      <form method="get" action={OUTBOX_PATH} role="search" aria-label={t("filterLabel")} className="mb-8 flex flex-wrap items-end gap-4">
        <SelectField
          name="status"
          label={t("status")}
          emptyLabel={t("allStatuses", { count: format.number(Object.values(counts).reduce((a, b) => a + b, 0)) })}
          options={OUTBOX_STATUSES.map((s) => ({ value: s, label: t("statusOption", { label: tm(`outboxStatus.${s}`), count: format.number(counts[s]) }) }))}
          defaultValue={status ?? ""}
        />
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      <section aria-labelledby="utsending-liste" className="space-y-3">
        <Heading level={2} data-size="sm" id="utsending-liste">
          {t("heading")}
        </Heading>
        {page.rows.length === 0 ? (
          <Paragraph>{t("empty")}</Paragraph>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableLabel")}>
            <Table zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("colCreated")}</TableHeaderCell>
                  <TableHeaderCell>{t("colKind")}</TableHeaderCell>
                  <TableHeaderCell>{t("colRecipient")}</TableHeaderCell>
                  <TableHeaderCell>{t("colSubject")}</TableHeaderCell>
                  <TableHeaderCell>{t("colStatus")}</TableHeaderCell>
                  <TableHeaderCell>{t("colAttempts")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {page.rows.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>{date(m.createdAt, "dateTimeShort")}</TableCell>
                    <TableCell>{tm(`kinds.${m.kind}`)}</TableCell>
                    <TableCell>{m.recipient || t("recipientErased")}</TableCell>
                    <TableCell>
                      <NextLink className="ds-link" href={`${OUTBOX_PATH}/${m.id}`} lang={m.locale}>
                        {m.subject}
                      </NextLink>
                    </TableCell>
                    <TableCell>{tm(`outboxStatus.${m.status}`)}</TableCell>
                    <TableCell>{format.number(m.attempts)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        <KeysetPager
          label={t("pages")}
          first={cursor ? { href: query({}), label: t("firstPage") } : null}
          next={page.next ? { href: query({ etter: page.next }), label: t("next") } : null}
        />
      </section>
    </>
  );
}
