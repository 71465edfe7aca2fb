// /admin/utsending: every e-mail the app has queued — sent, waiting, dead or skipped — newest
// first with keyset pages and a status filter (a GET form: works without JavaScript). Without
// SMTP_URL nothing is sent, and the page says so: it then shows exactly what would have gone out.
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Alert, Button } from "@/components/ds";
import { SelectField } from "@/components/form-fields";
import { KeysetPager } from "@/components/keyset-pager";
import { ListSection } from "@/components/list-section";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
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
      <ListSection id="utsending-liste" heading={t("heading")} empty={page.rows.length === 0} emptyText={t("empty")}>
        <DataTable
          label={t("tableLabel")}
          columns={[t("colCreated"), t("colKind"), t("colRecipient"), t("colSubject"), t("colStatus"), t("colAttempts")]}
          rows={page.rows}
          rowKey={(m) => m.id}
          cells={(m) => [
            date(m.createdAt, "dateTimeShort"),
            tm(`kinds.${m.kind}`),
            m.recipient || t("recipientErased"),
            <TextLink key="subject" href={`${OUTBOX_PATH}/${m.id}`} lang={m.locale}>
              {m.subject}
            </TextLink>,
            tm(`outboxStatus.${m.status}`),
            format.number(m.attempts),
          ]}
        />
      </ListSection>
      <KeysetPager
        className="mt-3"
        label={t("pages")}
        first={cursor ? { href: query({}), label: t("firstPage") } : null}
        next={page.next ? { href: query({ etter: page.next }), label: t("next") } : null}
      />
    </>
  );
}
