// Parses and checks every row of an import file against the process it goes into. Pure
// reads: the preview page and the commit run the same function, so what was previewed is
// exactly what gets imported. Lookups are loaded once (no query per row).
import type { InputCategory, InputChannel, InputLanguage } from "@/generated/prisma/enums";
import { CsvError, parseCsvRecords } from "@/lib/csv";
import type { Tx } from "@/lib/db";
import { fromOsloWallClock } from "@/lib/oslo-time";
import {
  detectDelimiter,
  IMPORT_COLUMNS,
  MAX_ROWS,
  MAX_TEXT_LENGTH,
  parseCategory,
  parseChannelWord,
  parseFlag,
  parseLanguage,
  splitList,
  THEMATIC_PLAN_CODES,
} from "./import-format";
import type { ImportOptions } from "./schemas";

/** One problem: 1-based line in the file, the column, and an i18n key under inputTransfer.rowErrors. */
export type RowError = { line: number; field: string; message: string; values?: Record<string, string | number> };

export type ImportRow = {
  line: number;
  externalRef: string | null;
  text: string;
  category: InputCategory | null;
  channel: InputChannel;
  methodId: string | null;
  language: InputLanguage;
  districtId: string | null;
  targetGroupId: string | null;
  tagIds: string[];
  thematicPlanIds: string[];
  abusive: boolean;
  dupOf: string | null;
  submittedAt: Date | null;
  /** As written, for the preview table. */
  raw: Record<string, string>;
};

export type ImportCheck = { rows: ImportRow[]; errors: RowError[]; rowCount: number };

const lower = (s: string) => s.trim().toLowerCase();
const byName = <T extends { id: string }>(rows: T[], ...keys: ((r: T) => string)[]) => {
  const map = new Map<string, string>();
  for (const r of rows) for (const k of keys) map.set(lower(k(r)), r.id);
  return map;
};

async function loadLookups(tx: Tx, processId: string) {
  // Sequential: this may run on a transaction's single connection.
  const districts = await tx.district.findMany({ select: { id: true, name: true, slug: true } });
  const groups = await tx.targetGroup.findMany({ where: { processId }, select: { id: true, name: true } });
  const tags = await tx.tag.findMany({ select: { id: true, slug: true, name: true, mergedIntoId: true } });
  const plans = await tx.thematicPlan.findMany({ select: { id: true, slug: true, name: true } });
  const methods = await tx.method.findMany({ select: { id: true, slug: true, name: true } });
  // A merged topic stands for its successor, so old files keep working after a merge.
  const tagTarget = new Map(tags.map((t) => [t.id, t.mergedIntoId ?? t.id]));
  const tagByName = byName(
    tags,
    (t) => t.slug,
    (t) => t.name,
  );
  return {
    district: byName(
      districts,
      (d) => d.name,
      (d) => d.slug,
    ),
    group: byName(groups, (g) => g.name),
    tag: (v: string) => {
      const id = tagByName.get(lower(v));
      return id ? (tagTarget.get(id) ?? id) : undefined;
    },
    plan: byName(
      plans,
      (p) => p.slug,
      (p) => p.name,
    ),
    method: byName(
      methods,
      (m) => m.slug,
      (m) => m.name,
    ),
  };
}

export async function checkImport(tx: Tx, processId: string, options: ImportOptions, csvText: string): Promise<ImportCheck> {
  const errors: RowError[] = [];
  let table;
  try {
    table = parseCsvRecords(csvText, { delimiter: detectDelimiter(csvText) });
  } catch (e) {
    if (e instanceof CsvError) return { rows: [], rowCount: 0, errors: [{ line: Math.max(1, e.line), field: "", message: `csv.${e.code}` }] };
    throw e;
  }

  const known = new Set<string>(IMPORT_COLUMNS);
  for (const col of table.header) if (!known.has(col)) errors.push({ line: 1, field: col, message: "unknownColumn" });
  if (!table.header.includes("text")) errors.push({ line: 1, field: "text", message: "missingColumn" });
  if (table.rows.length === 0) errors.push({ line: 1, field: "", message: "noRows" });
  if (table.rows.length > MAX_ROWS) errors.push({ line: 1, field: "", message: "tooManyRows", values: { max: MAX_ROWS } });
  if (errors.length > 0) return { rows: [], rowCount: table.rows.length, errors };

  const look = await loadLookups(tx, processId);
  const defaultMethodId = options.activityId
    ? ((await tx.activity.findUnique({ where: { id: options.activityId }, select: { methodId: true } }))?.methodId ?? null)
    : null;
  // Rows already imported into this process (by the file's id column) are refused, not skipped:
  // the administrator sees which ones and removes them, so nothing is imported twice by accident.
  const refs = table.rows.map((r) => r.values.id?.trim() ?? "").filter(Boolean);
  const existing = new Set(
    refs.length ? (await tx.input.findMany({ where: { processId, externalRef: { in: refs } }, select: { externalRef: true } })).map((i) => i.externalRef) : [],
  );

  const seenRefs = new Set<string>();
  const rows: ImportRow[] = [];
  for (const { line, values: v, fieldCount } of table.rows) {
    const err = (field: string, message: string, values?: RowError["values"]) => errors.push({ line, field, message, values });
    const val = (c: string) => (v[c] ?? "").trim();
    if (fieldCount !== table.header.length) err("", "fieldCount", { expected: table.header.length, actual: fieldCount });

    const externalRef = val("id") || null;
    if (externalRef) {
      if (seenRefs.has(externalRef)) err("id", "duplicateId", { id: externalRef });
      else if (existing.has(externalRef)) err("id", "alreadyImported", { id: externalRef });
      seenRefs.add(externalRef);
    }

    const text = (v.text ?? "").trim();
    if (!text) err("text", "required");
    else if (text.length > MAX_TEXT_LENGTH) err("text", "tooLong", { max: MAX_TEXT_LENGTH });

    let category: InputCategory | null = null;
    if (val("insight_category")) {
      category = parseCategory(val("insight_category")) ?? null;
      if (!category) err("insight_category", "unknownCategory", { value: val("insight_category") });
    }

    let channel: InputChannel = options.channel;
    let methodId: string | null = defaultMethodId;
    if (val("channel")) {
      const word = parseChannelWord(val("channel"));
      const method = word ? undefined : look.method.get(lower(val("channel")));
      if (word) channel = word;
      else if (method) [channel, methodId] = ["ACTIVITY", method];
      else err("channel", "unknownChannel", { value: val("channel") });
    }

    const language = parseLanguage(val("language"));
    if (!language) err("language", "unknownLanguage", { value: val("language") });

    const districtId = val("district") ? (look.district.get(lower(val("district"))) ?? null) : null;
    if (val("district") && !districtId) err("district", "unknownDistrict", { value: val("district") });

    const targetGroupId = val("target_group") ? (look.group.get(lower(val("target_group"))) ?? null) : null;
    if (val("target_group") && !targetGroupId) err("target_group", "unknownTargetGroup", { value: val("target_group") });

    const tagIds = new Set<string>();
    for (const t of splitList(val("topics"))) {
      const id = look.tag(t);
      if (id) tagIds.add(id);
      else err("topics", "unknownTopic", { value: t });
    }

    const thematicPlanIds = new Set<string>();
    for (const p of splitList(val("thematic_plan"))) {
      const slugs = THEMATIC_PLAN_CODES[lower(p)] ?? [p];
      const ids = slugs.map((s) => look.plan.get(lower(s)));
      if (ids.every(Boolean)) for (const id of ids) thematicPlanIds.add(id!);
      else err("thematic_plan", "unknownThematicPlan", { value: p });
    }

    const abusive = parseFlag(val("abusive"));
    if (abusive === undefined) err("abusive", "badFlag", { value: val("abusive") });

    let submittedAt: Date | null = null;
    if (val("date")) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(val("date"));
      // Noon Oslo time: a paper form dated a day belongs to that day whatever the DST offset.
      const d = m ? fromOsloWallClock(Number(m[1]), Number(m[2]), Number(m[3]), 12, 0) : null;
      if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== val("date")) err("date", "badDate", { value: val("date") });
      else if (d.getTime() > Date.now() + 86_400_000) err("date", "futureDate", { value: val("date") });
      else submittedAt = d;
    }

    rows.push({
      line,
      externalRef,
      text,
      category,
      channel,
      methodId,
      language: language ?? "nb",
      districtId,
      targetGroupId,
      tagIds: [...tagIds],
      thematicPlanIds: [...thematicPlanIds],
      abusive: abusive ?? false,
      dupOf: val("dup_of") || null,
      submittedAt,
      raw: v,
    });
  }
  return { rows, errors, rowCount: rows.length };
}
