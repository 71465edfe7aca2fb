// The export's columns, in order, shared by CSV and XLSX. Headers and enum values are plain
// words from messages (inputTransfer.export.*), never codes. After them: one column per question
// of the exported forms (export-questions.ts), then the answers no question matches.
import { ageRangeLabel } from "@/features/forms/age-bands";
import type { UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import type { ExportQuestions } from "./export-questions";
import type { ExportRow } from "./export-rows";

export const EXPORT_COLUMNS = [
  { key: "receiptCode", width: 14 },
  { key: "submittedAt", width: 17 },
  { key: "process", width: 28 },
  { key: "phase", width: 20 },
  { key: "activity", width: 24 },
  { key: "method", width: 18 },
  { key: "channel", width: 12 },
  { key: "category", width: 20 },
  { key: "topics", width: 28 },
  { key: "thematicPlans", width: 24 },
  { key: "status", width: 14 },
  { key: "publicResponse", width: 40 },
  { key: "language", width: 10 },
  { key: "district", width: 16 },
  { key: "targetGroup", width: 24 },
  { key: "ageBand", width: 12 },
  { key: "text", width: 80 },
  { key: "recordedBy", width: 20 },
  { key: "hidden", width: 8 },
  { key: "hiddenReason", width: 24 },
] as const;

export type ExportCell = string | Date;

export function exportLabels(locale: UiLocale, questions: ExportQuestions) {
  const t = translator(locale);
  // Enum words looked up once: formatting a message per cell costs more than the query.
  const words = new Map<string, string>();
  const label = (group: string, v: string | null) => {
    if (!v) return "";
    const key = `inputTransfer.export.${group}.${v}`;
    let word = words.get(key);
    if (word === undefined) words.set(key, (word = t(key)));
    return word;
  };
  // Age bands are the form's own ranges: the label is made from the two ages («16–19 år»).
  const ages = new Map<string, string>();
  const age = (min: number | null, max: number | null) => {
    if (min === null || max === null) return "";
    const key = `${min}-${max}`;
    let word = ages.get(key);
    if (word === undefined) ages.set(key, (word = ageRangeLabel((k, v) => t(`forms.ageRange.${k}`, v), min, max)));
    return word;
  };
  const [yes, no] = [t("inputTransfer.export.yes"), t("inputTransfer.export.no")];
  return {
    header: [...EXPORT_COLUMNS.map((c) => t(`inputTransfer.export.columns.${c.key}`)), ...questions.headers, t("inputTransfer.export.columns.otherAnswers")],
    row: (r: ExportRow): ExportCell[] => [
      r.receiptCode,
      r.submittedAt,
      r.process,
      r.phase,
      r.activity,
      r.method,
      label("channel", r.channel),
      label("category", r.category),
      r.topics,
      r.thematicPlans,
      label("status", r.status),
      r.publicResponse,
      label("language", r.language),
      r.district,
      r.targetGroup,
      age(r.ageMin, r.ageMax),
      r.text,
      r.recordedBy,
      r.isHidden ? yes : no,
      r.hiddenReason,
      ...questions.cells(r.formId, r.answers),
    ],
  };
}
