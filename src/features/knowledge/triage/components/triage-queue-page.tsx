// /admin/kunnskapsbase: the triage queue — counts, the untriaged inputs oldest first (keyset
// pages of 50) with GET filters, a selection with bulk actions, and "Start sortering".
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Button, Paragraph, Tag } from "@/components/ds";
import { InputText } from "@/components/input-text";
import { KeysetPager } from "@/components/keyset-pager";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { excerpt } from "@/features/inputs/inbox/components/excerpt";
import { InputCategory } from "@/generated/prisma/enums";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { KnowledgeNav } from "../../components/knowledge-nav";
import { parseQueueCursor, parseTriageFilter, TRIAGE_PATH, triageInputPath, triageQuery } from "../filters";
import { listTriageQueue, nextForTriage, queueChoices } from "../queries";
import { triageCounts } from "../queue-counts";
import { BULK_STATUSES } from "../schemas";
import { BulkForm, RowCheckbox } from "./bulk-form";
import { FocusOnArrival } from "./focus-on-arrival";
import { QueueFilterForm } from "./queue-filter-form";

type SearchParams = Record<string, string | string[] | undefined>;
const BULK_NOTICES = ["bulk-kategori", "bulk-emne", "bulk-temaplan", "bulk-status", "bulk-sortert"];

export async function TriageQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const filter = parseTriageFilter(searchParams);
  const cursor = parseQueueCursor(searchParams.etter);
  const [t, tk, ti, format, fmtDate, page, counts, first, choices] = await Promise.all([
    getTranslations("knowledgeTriage"),
    getTranslations("knowledge"),
    getTranslations("inbox"),
    getFormatter(),
    getDateFormat(),
    listTriageQueue(filter, cursor),
    triageCounts(filter),
    nextForTriage(filter),
    queueChoices(),
  ]);
  const query = triageQuery(filter);
  const date = (d: Date) => fmtDate(d, "dateTimeMedium");
  const notice = typeof searchParams.lagret === "string" ? searchParams.lagret : undefined;
  const count = Number(typeof searchParams.antall === "string" ? searchParams.antall : 0) || 0;
  const noticeText = notice === "tom" ? t("queue.notice.empty") : notice && BULK_NOTICES.includes(notice) ? t(`queue.notice.${notice}`, { count }) : undefined;
  const options = {
    categories: Object.values(InputCategory).map((c) => ({ value: c, label: ti(`category.${c}`) })),
    topics: choices.topics.map((x) => ({ value: x.id, label: x.name })),
    plans: choices.plans.map((x) => ({ value: x.id, label: x.name })),
    statuses: BULK_STATUSES.map((s) => ({ value: s, label: ti(`status.${s}`) })),
  };
  const figures: [string, number][] = [
    [t("queue.counts.untriaged"), counts.untriaged],
    [t("queue.counts.held"), counts.held],
    [t("queue.counts.total"), counts.total],
  ];
  return (
    <>
      <PageHeading title={tk("title")} lead={t("queue.lead")} />
      <KnowledgeNav current={TRIAGE_PATH} />
      {noticeText && (
        <>
          <Alert data-color="success" role="status" id="ko-melding" tabIndex={-1} className="mb-6">
            {noticeText}
          </Alert>
          <FocusOnArrival targetId="ko-melding" token={`${notice}-${count}`} />
        </>
      )}
      <Section id="tall-tittel" heading={t("queue.counts.heading")} className="mb-8 space-y-3">
        <dl className="flex flex-wrap gap-x-10 gap-y-3" data-testid="triage-counts">
          {figures.map(([label, n]) => (
            <div key={label}>
              <dt className="text-sm">{label}</dt>
              <dd className="text-2xl font-semibold">{format.number(n)}</dd>
            </div>
          ))}
        </dl>
        {first ? (
          <Button asChild variant="primary">
            <NextLink href={triageInputPath(first.id, filter)}>{t("queue.start")}</NextLink>
          </Button>
        ) : (
          <Paragraph>{t("queue.nothingToStart")}</Paragraph>
        )}
      </Section>
      <QueueFilterForm filter={filter} processes={choices.processes} />
      <Section id="ko-tittel" heading={t("queue.list.heading")} className="space-y-4">
        {page.rows.length === 0 ? (
          <Paragraph>{t("queue.list.empty")}</Paragraph>
        ) : (
          <BulkForm key={JSON.stringify(searchParams)} options={options} filterQuery={query}>
            <ul
              className="divide-y divide-[var(--ds-color-neutral-border-subtle)] border-y border-[var(--ds-color-neutral-border-subtle)]"
              aria-label={t("queue.list.label")}
            >
              {page.rows.map((r) => (
                <li key={r.id} className="flex gap-3 py-3">
                  <RowCheckbox id={r.id} label={t("queue.list.select", { date: date(r.submittedAt), text: excerpt(r.text, 60) })} />
                  <div className="min-w-0 flex-1 space-y-1">
                    <Paragraph className="break-words">
                      <InputText lang={r.language} text={excerpt(r.text)} />
                    </Paragraph>
                    <Paragraph data-size="sm">
                      {[
                        date(r.submittedAt),
                        r.process.title,
                        ti(`channel.${r.channel}`),
                        ti(`category.${r.category ?? "NONE"}`),
                        r.tags.length ? r.tags.map((x) => x.tag.name).join(", ") : t("queue.list.noTopics"),
                      ].join(" · ")}
                    </Paragraph>
                    <span className="flex flex-wrap items-center gap-3">
                      <TextLink href={triageInputPath(r.id, filter)} aria-label={t("queue.list.openLabel", { date: date(r.submittedAt) })}>
                        {t("queue.list.open")}
                      </TextLink>
                      {r.heldForReview && (
                        <Tag data-color="warning" data-size="sm">
                          {ti("list.held")}
                        </Tag>
                      )}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          </BulkForm>
        )}
        <KeysetPager
          label={t("queue.list.pages")}
          first={cursor ? { href: `${TRIAGE_PATH}${query}`, label: t("queue.list.first") } : null}
          next={page.next ? { href: `${TRIAGE_PATH}${triageQuery(filter, { etter: page.next })}`, label: t("queue.list.next") } : null}
        />
      </Section>
    </>
  );
}
