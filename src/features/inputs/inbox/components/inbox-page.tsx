// /admin/innspill: every input across channels, filtered by GET parameters, newest first.
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { KeysetPager } from "@/components/keyset-pager";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { parseInboxCursor } from "../cursor";
import { inboxQuery, parseInboxFilter } from "../filters";
import { inboxFilterOptions, listInbox, type InboxCounter } from "../queries";
import { INBOX_PATH, InboxFilterForm } from "./inbox-filter-form";
import { InboxList } from "./inbox-list";

type SearchParams = Record<string, string | string[] | undefined>;

/** `counts` gives the result count and the filter's per-value counts (the route passes the facet index's). */
export async function InboxPage({ searchParams, counts }: { searchParams: SearchParams; counts: InboxCounter }) {
  const filter = parseInboxFilter(searchParams);
  const cursor = parseInboxCursor(searchParams.etter);
  const [t, page, { total, facets }, options] = await Promise.all([
    getTranslations("inbox"),
    listInbox(filter, cursor),
    counts(filter),
    inboxFilterOptions(filter),
  ]);
  const query = inboxQuery(filter);
  const join = (q: string) => (q ? `&${q.slice(1)}` : "");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <TextLink href={`${INBOX_PATH}/eksport?format=csv${join(query)}`} native>
          {t("export.csv")}
        </TextLink>
        <TextLink href={`${INBOX_PATH}/eksport?format=xlsx${join(query)}`} native>
          {t("export.xlsx")}
        </TextLink>
        <TextLink href={`${INBOX_PATH}/import`}>{t("export.import")}</TextLink>
      </p>
      <InboxFilterForm filter={filter} facets={facets} options={options} />
      <Section id="resultater-tittel" heading={t("list.heading")} className="space-y-4">
        <Paragraph role="status" data-testid="inbox-count">
          {t("list.count", { count: total })}
        </Paragraph>
        {page.rows.length === 0 ? <Paragraph>{t("list.empty")}</Paragraph> : <InboxList rows={page.rows} filterQuery={query} />}
        <KeysetPager
          label={t("list.pages")}
          first={cursor ? { href: `${INBOX_PATH}${query}`, label: t("list.first") } : null}
          next={page.next ? { href: `${INBOX_PATH}${inboxQuery(filter, { etter: page.next })}`, label: t("list.next") } : null}
        />
      </Section>
    </>
  );
}
