// The inbox rows: a table from 640 px, stacked cards below (the same rows, one shown at a time
// with display:none, so assistive technology meets each input once).
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Card, Paragraph, Tag } from "@/components/ds";
import { InputText } from "@/components/input-text";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { InboxRow } from "../queries";
import { excerpt } from "./excerpt";

const STATUS_COLOR = { RECEIVED: "info", READ: "neutral", USED: "success", NOT_USED: "warning" } as const;

export async function InboxList({ rows, filterQuery }: { rows: InboxRow[]; filterQuery: string }) {
  const [t, fmtDate] = await Promise.all([getTranslations("inbox"), getDateFormat()]);
  const date = (d: Date) => fmtDate(d, "dateTimeMedium");
  const href = (id: string) => `/admin/innspill/${id}${filterQuery}`;
  const channel = (r: InboxRow) => [t(`channel.${r.channel}`), r.method?.name, r.activity?.title].filter(Boolean).join(" · ");
  const markers = (r: InboxRow) => (
    <span className="flex flex-wrap gap-2">
      <Tag data-color={STATUS_COLOR[r.status]} data-size="sm">
        {t(`status.${r.status}`)}
      </Tag>
      {r.isHidden && (
        <Tag data-color="danger" data-size="sm">
          {t("list.hidden")}
        </Tag>
      )}
      {r.heldForReview && (
        <Tag data-color="warning" data-size="sm">
          {t("list.held")}
        </Tag>
      )}
      {r.flags.length > 0 && (
        <Tag data-color="warning" data-size="sm">
          {t("list.flagged")}
        </Tag>
      )}
    </span>
  );
  const open = (r: InboxRow) => (
    <TextLink href={href(r.id)} aria-label={t("list.openLabel", { date: date(r.submittedAt) })}>
      {t("list.open")}
    </TextLink>
  );
  return (
    <>
      <DataTable
        label={t("list.tableLabel")}
        className="hidden sm:block"
        size="sm"
        columns={[
          { label: t("list.colDate"), className: "whitespace-nowrap align-top" },
          { label: t("list.colText"), className: "min-w-64 align-top" },
          { label: t("list.colCategory"), className: "align-top" },
          { label: t("list.colChannel"), className: "align-top" },
          { label: t("list.colStatus"), className: "align-top" },
        ]}
        rows={rows}
        rowKey={(r) => r.id}
        cells={(r) => [
          <>
            <span className="block">{date(r.submittedAt)}</span>
            {open(r)}
          </>,
          <InputText key="text" lang={r.language} text={excerpt(r.text)} />,
          t(`category.${r.category ?? "NONE"}`),
          channel(r),
          markers(r),
        ]}
      />
      <ul className="space-y-3 sm:hidden" aria-label={t("list.tableLabel")}>
        {rows.map((r) => (
          <li key={r.id}>
            <Card data-color="neutral" className="space-y-2">
              <Paragraph data-size="sm">
                <TextLink href={href(r.id)}>{date(r.submittedAt)}</TextLink>
              </Paragraph>
              <Paragraph>
                <InputText lang={r.language} text={excerpt(r.text, 120)} />
              </Paragraph>
              <Paragraph data-size="sm">
                {t(`category.${r.category ?? "NONE"}`)} · {channel(r)}
              </Paragraph>
              {markers(r)}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
