// Whether a form field already holds citizens' answers. System fields answer into a column of
// the input (category, district …); the form's first long text is the input's text; every
// other field is kept in input.answers by its key (see features/inputs/submit/submit-public-input.ts).
import type { FormFieldType } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";

type FieldRef = { id: string; key: string; type: FormFieldType; position: number };

/** How many of the form's inputs hold an answer for `field`. */
export async function countFieldAnswers(tx: Tx, formId: string, field: FieldRef, fields: FieldRef[]): Promise<number> {
  const where = { formId };
  switch (field.type) {
    case "INSIGHT_CATEGORY":
      return tx.input.count({ where: { ...where, category: { not: null } } });
    case "DISTRICT":
      return tx.input.count({ where: { ...where, districtId: { not: null } } });
    case "AGE_BAND":
      return tx.input.count({ where: { ...where, ageMin: { not: null } } });
    case "TARGET_GROUP":
      return tx.input.count({ where: { ...where, targetGroupId: { not: null } } });
    case "CONTACT":
      return tx.input.count({ where: { ...where, contact: { isNot: null } } });
  }
  const firstLongText = [...fields].filter((f) => f.type === "LONG_TEXT").sort((a, b) => a.position - b.position)[0];
  const isTextColumn = firstLongText?.id === field.id;
  // An unanswered optional field is stored as null (or an empty list for multiple choice).
  const rows = await tx.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM input
    WHERE form_id = ${formId}::uuid
      AND ((answers -> ${field.key}) IS NOT NULL
           AND jsonb_typeof(answers -> ${field.key}) <> 'null'
           AND answers -> ${field.key} NOT IN ('""'::jsonb, '[]'::jsonb)
        OR (${isTextColumn} AND text <> ''))`;
  return Number(rows[0]?.n ?? 0);
}
