// The rows of an export, read in keyset batches on (submittedAt desc, id desc) — the inbox's
// order and index — so 100 000 inputs never sit in memory at once. Per batch: one Prisma query
// for the next page of ids (the inbox filter is a Prisma `where`), then one SQL query with the
// joined names, the topics and thematic plans (aggregated per input in the same query) and the
// form answers. Never a query per row; contact details are never read.
import type { Prisma } from "@/generated/prisma/client";
import type { InputCategory, InputChannel, InputLanguage, InputStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";

export const EXPORT_BATCH_SIZE = 2_000;

export type ExportRow = {
  id: string;
  receiptCode: string;
  submittedAt: Date;
  category: InputCategory | null;
  channel: InputChannel;
  status: InputStatus;
  publicResponse: string;
  language: InputLanguage;
  ageMin: number | null;
  ageMax: number | null;
  text: string;
  isHidden: boolean;
  hiddenReason: string;
  process: string;
  phase: string;
  activity: string;
  method: string;
  district: string;
  targetGroup: string;
  recordedBy: string;
  /** Topic names, «; »-separated, alphabetical. */
  topics: string;
  /** Thematic plan names, «; »-separated, alphabetical. */
  thematicPlans: string;
  formId: string | null;
  answers: unknown;
};

function loadRows(db: Tx, ids: string[]): Promise<ExportRow[]> {
  return db.$queryRaw<ExportRow[]>`
    SELECT i.id, i.receipt_code AS "receiptCode", i.submitted_at AS "submittedAt", i.category::text AS category,
           i.channel::text AS channel, i.status::text AS status, i.public_response AS "publicResponse",
           i.language::text AS language, i.age_min AS "ageMin", i.age_max AS "ageMax", i.text, i.is_hidden AS "isHidden",
           i.hidden_reason AS "hiddenReason", p.title AS process, COALESCE(ph.title, '') AS phase,
           COALESCE(a.title, '') AS activity, COALESCE(m.name, '') AS method, COALESCE(d.name, '') AS district,
           COALESCE(tg.name, '') AS "targetGroup", COALESCE(u.name, '') AS "recordedBy",
           COALESCE((SELECT string_agg(t.name, '; ' ORDER BY t.name) FROM input_tag it JOIN tag t ON t.id = it.tag_id
                      WHERE it.input_id = i.id), '') AS topics,
           COALESCE((SELECT string_agg(tp.name, '; ' ORDER BY tp.name) FROM input_thematic_plan itp
                       JOIN thematic_plan tp ON tp.id = itp.thematic_plan_id WHERE itp.input_id = i.id), '') AS "thematicPlans",
           i.form_id AS "formId", i.answers
      FROM input i
      JOIN process p ON p.id = i.process_id
      LEFT JOIN phase ph ON ph.id = i.phase_id
      LEFT JOIN activity a ON a.id = i.activity_id
      LEFT JOIN method m ON m.id = i.method_id
      LEFT JOIN district d ON d.id = i.district_id
      LEFT JOIN target_group tg ON tg.id = i.target_group_id
      LEFT JOIN app_user u ON u.id = i.recorded_by_id
     WHERE i.id = ANY(${ids}::uuid[])
     ORDER BY i.submitted_at DESC, i.id DESC`;
}

export async function* exportBatches(db: Tx, where: Prisma.InputWhereInput, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportRow[]> {
  let cursor: { submittedAt: Date; id: string } | null = null;
  for (;;) {
    // "(submittedAt, id) < cursor", written with a plain `lte` range Postgres can walk on the
    // (…, submitted_at DESC, id) indexes; a bare OR would make every batch rescan the whole set.
    const after: Prisma.InputWhereInput | undefined = cursor
      ? { submittedAt: { lte: cursor.submittedAt }, OR: [{ submittedAt: { lt: cursor.submittedAt } }, { id: { lt: cursor.id } }] }
      : undefined;
    const page: { id: string; submittedAt: Date }[] = await db.input.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: batchSize,
      select: { id: true, submittedAt: true },
    });
    if (page.length > 0)
      yield await loadRows(
        db,
        page.map((r) => r.id),
      );
    if (page.length < batchSize) return;
    cursor = page[page.length - 1]!;
  }
}
