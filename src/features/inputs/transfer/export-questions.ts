// The columns for answers to the forms' own questions (input.answers), worked out once before
// an export streams: one column per distinct question (by its bokmål text) across the forms the
// exported inputs came from, so rows need no query of their own. Cells hold a choice's words,
// not its stored index; several choices are joined with «; ». Answers with no field on the form
// (a field removed since, or an imported row) go to one last column as «key: value».
import type { FieldTexts } from "@/features/forms/types";
import { answerText } from "@/features/inputs/inbox/answers";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

/** Field types that are a question of the form's own (the others have columns of their own). */
const QUESTION_TYPES = new Set(["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTI_CHOICE", "SCALE"]);
export const ANSWER_SEPARATOR = "; ";

type FieldColumn = { column: number; key: string; type: string; options: readonly string[] };
export type ExportQuestions = {
  /** Column headers, in bokmål: the question texts. */
  headers: string[];
  /** The cells for one input's stored answers: one per header, then the unmatched answers. */
  cells: (formId: string | null, answers: unknown) => string[];
};

export async function exportQuestions(db: Tx, where: Prisma.InputWhereInput): Promise<ExportQuestions> {
  const forms = await db.form.findMany({
    where: { inputs: { some: where } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fields: { orderBy: { position: "asc" }, select: { key: true, type: true, texts: true } } },
  });
  return questionColumns(forms);
}

export function questionColumns(forms: { id: string; fields: { key: string; type: string; texts: unknown }[] }[]): ExportQuestions {
  const headers: string[] = [];
  const columnOf = new Map<string, number[]>(); // question text → its columns (two alike on one form get two)
  const byForm = new Map<string, FieldColumn[]>();
  for (const form of forms) {
    // The form's first long text is the input's own text (input.text), as at submission.
    const textKey = form.fields.find((f) => f.type === "LONG_TEXT")?.key;
    const own: FieldColumn[] = [];
    for (const f of form.fields) {
      if (!QUESTION_TYPES.has(f.type) || f.key === textKey) continue;
      const nb = (f.texts as FieldTexts | null)?.nb;
      const label = (nb?.label ?? "").trim() || f.key;
      const candidates = columnOf.get(label) ?? [];
      let column = candidates.find((c) => !own.some((o) => o.column === c));
      if (column === undefined) {
        column = headers.push(label) - 1;
        columnOf.set(label, [...candidates, column]);
      }
      own.push({ column, key: f.key, type: f.type, options: nb?.options ?? [] });
    }
    byForm.set(form.id, own);
  }
  const empty = (raw: unknown) => raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0);
  return {
    headers,
    cells(formId, answers) {
      const stored = (answers && typeof answers === "object" && !Array.isArray(answers) ? answers : {}) as Record<string, unknown>;
      const out = new Array<string>(headers.length + 1).fill("");
      const fields = (formId && byForm.get(formId)) || [];
      const used = new Set<string>();
      for (const f of fields) {
        used.add(f.key);
        const raw = stored[f.key];
        if (!empty(raw)) out[f.column] = answerText(f.type, f.options, raw, ANSWER_SEPARATOR);
      }
      const rest: string[] = [];
      for (const [key, raw] of Object.entries(stored)) {
        if (used.has(key) || empty(raw)) continue;
        rest.push(`${key}: ${answerText("", [], raw, ", ")}`);
      }
      out[headers.length] = rest.join(ANSWER_SEPARATOR);
      return out;
    },
  };
}
