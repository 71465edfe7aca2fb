// One way to turn an audit-log row into words a person reads: a sentence for what was done
// ("Sorterte et innspill") and short "Label: value" lines for the details, all from the `audit`
// message namespace (nb, nn falls back to nb, en). Enum values are translated, ids are left out
// (the row already links to its process; a bare uuid tells a reader nothing), and a detail key
// without a label is left out rather than shown raw. tests/integration/audit-format.test.ts runs
// every command and fails when one writes an action, entity, key or enum value without a text.
type Values = Record<string, string | number>;
export type AuditTranslator = ((key: string, values?: Values) => string) & { has: (key: string) => boolean };
export type AuditRowLike = { action: string; entityType: string; details: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENUM = /^[A-Z][A-Z0-9_]*$/;
/** Keys never shown: ids (or lists of them), and a form field's technical key. */
export const isHiddenKey = (key: string) => /(^id$|Id$|Ids$)/.test(key) || key === "key";
const keyOf = (s: string) => s.replace(/\./g, "_");
/** Keys whose string values are codes ("preview", "up"): shown only through their text. */
export const CODED_KEYS = ["bulk", "change", "direction", "moved", "field", "format", "step"] as const;

/** "Sorterte et innspill": the permission's verb with the entity (indefinite, in the catalogue). */
export function describeAction(t: AuditTranslator, row: Pick<AuditRowLike, "action" | "entityType">): string {
  const entity = t.has(`entities.${row.entityType}`) ? t(`entities.${row.entityType}`) : t("entities.unknown");
  const specific = `actions.${keyOf(row.action)}_${row.entityType}`;
  if (t.has(specific)) return t(specific);
  const general = `actions.${keyOf(row.action)}`;
  return t.has(general) ? t(general, { entity }) : t("actions.unknown", { entity });
}

function describeValue(t: AuditTranslator, key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return t.has(`values.none`) ? t("values.none") : null;
  if (typeof value === "boolean") return t(value ? "values.yes" : "values.no");
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (UUID.test(value)) return null;
    if (t.has(`enums.${key}.${value}`)) return t(`enums.${key}.${value}`);
    if ((CODED_KEYS as readonly string[]).includes(key)) return null;
    if (ENUM.test(value)) return t.has(`enums.${key}.${value}`) ? t(`enums.${key}.${value}`) : t.has(`enums.any.${value}`) ? t(`enums.any.${value}`) : null;
    return value;
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => describeValue(t, key, v)).filter((v): v is string => v !== null);
    return parts.length ? parts.join(", ") : String(value.length);
  }
  return null; // nested objects (a filter, a before/after pair): summarised by their own keys only
}

/** The details as "Label: value" lines; ids, unlabelled keys and nested objects are left out. */
export function describeDetails(t: AuditTranslator, details: unknown): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  const lines: string[] = [];
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    if (isHiddenKey(key) || !t.has(`fields.${key}`)) continue;
    const shown = describeValue(t, key, value);
    if (shown !== null) lines.push(t("line", { label: t(`fields.${key}`), value: shown }));
  }
  return lines;
}

export function describeAuditEntry(t: AuditTranslator, row: AuditRowLike) {
  return { action: describeAction(t, row), details: describeDetails(t, row.details) };
}
