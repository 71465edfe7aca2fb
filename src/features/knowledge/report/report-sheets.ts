// The report as tables of plain values, in the reader's language: one table per part for
// XLSX (one sheet each) and the long format for CSV (section; group; subgroup; count; share;
// quote). Counts stay numbers; shares are fractions (XLSX formats them as percentages).
import { formatDate } from "@/lib/dates/format-date";
import type { UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import type { Report } from "./build-report";

export type SheetCell = string | number | Date | null;
export type SheetColumn = { header: string; kind: "text" | "count" | "share" | "date" | "longText"; width: number };
export type Sheet = { key: string; name: string; columns: SheetColumn[]; rows: SheetCell[][] };

/** Labels for the report's codes and empty groups (shared with the CSV long format). */
export function reportLabels(locale: UiLocale) {
  const t = translator(locale);
  return {
    t,
    category: (c: string | null) => t(`areas.inputCategory.${c ?? "NONE"}`),
    channel: (c: string | null) => (c ? t(`inbox.channel.${c}`) : t("knowledgeReport.coverage.notGiven")),
    topic: (name: string | null) => name ?? t("knowledgeReport.heard.noTopic"),
    notGiven: (name: string | null) => name ?? t("knowledgeReport.coverage.notGiven"),
    method: (name: string | null) => name ?? t("knowledgeReport.sources.noMethod"),
    activity: (name: string | null) => name ?? t("knowledgeReport.sources.noActivity"),
  };
}

/** "Temaplan for aldersvennlig Drammen" or "DEMRE" (with the process when a plan is filtered). */
export function reportTitle(report: Report, locale: UiLocale): string {
  const t = translator(locale);
  const s = report.scope;
  return s.kind === "plan"
    ? t("knowledgeReport.page.planTitle", { name: s.process ? `${s.plan.name} – ${s.process.title}` : s.plan.name })
    : t("knowledgeReport.page.processTitle", { title: s.process.title });
}

export function reportSheets(report: Report, locale: UiLocale): Sheet[] {
  const l = reportLabels(locale);
  const t = (key: string) => l.t(`knowledgeReport.${key}`);
  const col = (key: string, kind: SheetColumn["kind"], width: number): SheetColumn => ({ header: t(`export.columns.${key}`), kind, width });
  const s = report.summary;
  const countSheet = (
    key: string,
    first: string,
    rows: { label: string | null; inputs: number; share: number }[],
    label: (v: string | null) => string,
  ): Sheet => ({
    key,
    name: t(`export.sheets.${key}`),
    columns: [{ header: t(first), kind: "text", width: 40 }, col("inputs", "count", 12), col("shareOfAll", "share", 10)],
    rows: rows.map((r) => [label(r.label), r.inputs, r.share]),
  });
  return [
    {
      key: "summary",
      name: t("export.sheets.summary"),
      columns: [col("figure", "text", 48), col("value", "count", 20)],
      rows: [
        [t("export.title"), reportTitle(report, locale)],
        [t("export.generated"), report.generatedAt],
        [t("summary.inputs"), s.inputs],
        [t("summary.points"), s.points],
        [t("export.from"), s.firstAt],
        [t("export.to"), s.lastAt],
        [t("summary.processes"), s.processes],
        [t("summary.activities"), s.activities],
        [t("summary.methods"), s.methods],
        [t("summary.uncategorised"), s.uncategorised],
      ],
    },
    {
      key: "heard",
      name: t("export.sheets.heard"),
      columns: [
        col("category", "text", 32),
        col("topic", "text", 28),
        col("points", "count", 10),
        col("mentions", "count", 10),
        col("shareOfAll", "share", 10),
      ],
      rows: report.categories.flatMap((c) => [
        [l.category(c.category), t("export.allTopics"), c.points, c.inputs, c.share],
        ...c.topics.map((tp) => [l.category(c.category), l.topic(tp.topic), tp.points, tp.inputs, tp.share]),
      ]),
    },
    {
      key: "quotes",
      name: t("export.sheets.quotes"),
      columns: [col("category", "text", 32), col("topic", "text", 24), col("quote", "longText", 80), col("mentions", "count", 10), col("date", "date", 12)],
      rows: report.categories.flatMap((c) =>
        c.topics.flatMap((tp) => tp.quotes.map((q) => [l.category(c.category), l.topic(tp.topic), q.text, q.mentions, q.submittedAt])),
      ),
    },
    countSheet("targetGroups", "coverage.targetGroup", report.coverage.targetGroups, l.notGiven),
    countSheet("districts", "coverage.district", report.coverage.districts, l.notGiven),
    countSheet("channels", "coverage.channel", report.coverage.channels, l.channel),
    countSheet("methods", "sources.method", report.sources.methods, l.method),
    {
      key: "activities",
      name: t("export.sheets.activities"),
      columns: [col("activity", "text", 40), col("method", "text", 24), col("date", "date", 12), col("inputs", "count", 12), col("shareOfAll", "share", 10)],
      rows: report.sources.activities.map((a) => [l.activity(a.label), a.method ?? "", a.startsAt, a.inputs, a.share]),
    },
  ];
}

export type LongRow = [section: string, group: string, subgroup: string, count: number | null, share: number | null, quote: string];

/**
 * The long format: every figure one row. "What we heard" counts inputs (duplicates included,
 * as "mentioned by"); a quote row's count is how many mentioned that point. Periods and dates
 * go in the subgroup column as Oslo dates.
 */
export function reportLongRows(report: Report, locale: UiLocale): LongRow[] {
  const l = reportLabels(locale);
  const t = (key: string) => l.t(`knowledgeReport.${key}`);
  const day = (d: Date | null) => (d ? formatDate(d, locale, "dateShort") : "");
  const s = report.summary;
  const summary = t("sections.summary");
  const heard = t("sections.heard");
  const quotes = t("export.sheets.quotes");
  const rows: LongRow[] = [
    [summary, t("summary.inputs"), "", s.inputs, null, ""],
    [summary, t("summary.points"), "", s.points, null, ""],
    [summary, t("summary.period"), s.firstAt && s.lastAt ? `${day(s.firstAt)} – ${day(s.lastAt)}` : "", null, null, ""],
    [summary, t("summary.processes"), "", s.processes, null, ""],
    [summary, t("summary.activities"), "", s.activities, null, ""],
    [summary, t("summary.methods"), "", s.methods, null, ""],
    [summary, t("summary.uncategorised"), "", s.uncategorised, null, ""],
  ];
  for (const c of report.categories) {
    rows.push([heard, l.category(c.category), "", c.inputs, c.share, ""]);
    for (const tp of c.topics) rows.push([heard, l.category(c.category), l.topic(tp.topic), tp.inputs, tp.share, ""]);
  }
  for (const c of report.categories)
    for (const tp of c.topics) for (const q of tp.quotes) rows.push([quotes, l.category(c.category), l.topic(tp.topic), q.mentions, null, q.text]);
  const counts = (section: string, list: { label: string | null; inputs: number; share: number }[], label: (v: string | null) => string) => {
    for (const r of list) rows.push([section, label(r.label), "", r.inputs, r.share, ""]);
  };
  counts(t("coverage.targetGroups"), report.coverage.targetGroups, l.notGiven);
  counts(t("coverage.districts"), report.coverage.districts, l.notGiven);
  counts(t("coverage.channels"), report.coverage.channels, l.channel);
  counts(t("sources.methods"), report.sources.methods, l.method);
  for (const a of report.sources.activities)
    rows.push([t("sources.activities"), l.activity(a.label), a.startsAt ? day(a.startsAt) : "", a.inputs, a.share, ""]);
  return rows;
}
