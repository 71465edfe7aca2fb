// The answers to a form's other questions (stored by field key) with their bokmål labels.
// Choices are stored as option indexes, so they are turned back into the option text here.
import type { FieldTexts } from "@/features/forms/types";

type Field = { key: string; type: string; texts: unknown };
export type LabelledAnswer = { key: string; label: string; value: string };

const OWN_COLUMN = new Set(["INSIGHT_CATEGORY", "DISTRICT", "AGE_BAND", "TARGET_GROUP", "CONTACT"]);

/** One stored answer as words: a choice's option text, not its index; several joined by `separator`. */
export function answerText(type: string, options: readonly string[], raw: unknown, separator: string): string {
  if (raw === null || raw === undefined) return "";
  const choice = (v: unknown) => options[Number(v)] ?? String(v);
  if (type === "SINGLE_CHOICE") return choice(raw);
  if (type === "MULTI_CHOICE" && Array.isArray(raw)) return raw.map(choice).join(separator);
  if (Array.isArray(raw)) return raw.join(separator);
  return typeof raw === "object" ? JSON.stringify(raw) : String(raw);
}

export function labelledAnswers(fields: Field[], answers: unknown): LabelledAnswer[] {
  const stored = (answers && typeof answers === "object" ? answers : {}) as Record<string, unknown>;
  const out: LabelledAnswer[] = [];
  const known = new Set<string>();
  for (const f of fields) {
    known.add(f.key);
    if (OWN_COLUMN.has(f.type) || !(f.key in stored)) continue;
    const texts = (f.texts as FieldTexts).nb;
    const options = texts?.options ?? [];
    const raw = stored[f.key];
    if (raw === null || raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0)) continue;
    const value = answerText(f.type, options, raw, ", ");
    out.push({ key: f.key, label: texts?.label ?? f.key, value });
  }
  // Answers whose field was removed from the form since (or imported ones) keep their key as label.
  for (const [key, raw] of Object.entries(stored)) {
    if (known.has(key) || raw === null || raw === "" || raw === undefined) continue;
    out.push({ key, label: key, value: Array.isArray(raw) ? raw.join(", ") : typeof raw === "object" ? JSON.stringify(raw) : String(raw) });
  }
  return out;
}
