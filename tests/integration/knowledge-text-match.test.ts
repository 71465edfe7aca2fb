// The search keys (text-match.ts, migration 20261206140000) must give exactly what the plain
// full-text query gives: the newest N matches, newest first, over inputs spread across many
// 30-day buckets, for exact and short prefixes, near spellings, a word longer than the keys,
// and inputs that arrive outside the cached span (older than the oldest, dated in the future).
import { beforeAll, describe, expect, it } from "vitest";
import { arrivalFields } from "@/features/knowledge/arrival";
import { parseSearchParams, resolveTextQuery } from "@/features/knowledge/search";
import { BUCKET_SECONDS, bucketOf, forgetBucketSpan, keysTsquery, newestMatches } from "@/features/knowledge/search/text-match";
import { widenTextQuery } from "@/features/knowledge/search/text-query";
import type { TextQuery } from "@/features/knowledge/search/where";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { generateReceiptCode } from "@/lib/receipt-code";
import { makeProcess } from "../support/fixtures/processes";

let processId = "";
const LONG = `kvitveis${"lang".repeat(20)}ord`; // 91 letters: longer than a key's 64

async function add(text: string, submittedAt: Date, isHidden = false) {
  const { searchLemmas } = arrivalFields(text);
  await db.input.create({ data: { processId, text, channel: "FORM", receiptCode: generateReceiptCode(), searchLemmas, submittedAt, isHidden } });
}

const TEXTS = [
  "Kvitveisen i Konnerudparken blomstrer, og stiene trengs.",
  "Kvitveis og hvitveis langs elva: benker for eldre trengs.",
  "Stiene ved elva er glatte om vinteren.",
  `Et ${LONG} i teksten og kvitveisbedet.`,
  "Ku på beite ved kvitveisenga.",
];

beforeAll(async () => {
  processId = (await makeProcess({ status: "PUBLISHED" })).id;
  // 150 inputs, one every 16 days back from now: about 80 buckets, several per bucket.
  const now = Date.now();
  for (let k = 0; k < 150; k++) await add(TEXTS[k % TEXTS.length]!, new Date(now - k * 16 * 86_400_000 - k * 1000), k % 7 === 3);
});

type Row = { id: string };
async function viaKeys(text: NonNullable<TextQuery>, limit: number, hidden = false): Promise<string[]> {
  const conditions = [Prisma.sql`i.process_id = ${processId}::uuid`, ...(hidden ? [] : [Prisma.sql`i.is_hidden = false`])];
  const sub = await newestMatches({ text, conditions, columns: Prisma.sql`i.id, i.submitted_at`, limit });
  return (await db.$queryRaw<Row[]>(Prisma.sql`SELECT m.id FROM (${sub}) m ORDER BY m.submitted_at DESC, m.id`)).map((r) => r.id);
}
async function oracle(text: NonNullable<TextQuery>, limit: number, hidden = false): Promise<string[]> {
  return (
    await db.$queryRaw<Row[]>(Prisma.sql`
      SELECT i.id FROM input i WHERE i.search_vector @@ to_tsquery('simple', ${text.tsquery}) AND i.process_id = ${processId}::uuid
        ${hidden ? Prisma.empty : Prisma.sql`AND i.is_hidden = false`}
      ORDER BY i.submitted_at DESC, i.id LIMIT ${limit}`)
  ).map((r) => r.id);
}
const words = async (q: string) => (await resolveTextQuery(parseSearchParams({ q })))!;

describe("search keys", () => {
  it("give the same newest matches as the plain query, for any limit, prefix length and visibility", async () => {
    for (const q of ["kvitveis", "stiene elva", "trengs", "kv", "ku", "hvitveis eldre", "konnerudparken"]) {
      const text = await words(q);
      for (const limit of [1, 4, 13, 40, 1000]) {
        for (const hidden of [false, true]) {
          const expected = await oracle(text, limit, hidden);
          expect(expected.length, `${q} finds something`).toBeGreaterThan(0);
          expect(await viaKeys(text, limit, hidden), `${q} limit ${limit}`).toEqual(expected);
        }
      }
    }
  });

  it("handle near spellings (OR groups) and a word longer than the keys", async () => {
    const widened = await widenTextQuery(await words("kvitvies"));
    expect(widened.expansions.length).toBeGreaterThan(0);
    expect(await viaKeys(widened, 20)).toEqual(await oracle(widened, 20));
    const long = await words(LONG);
    expect((await oracle(long, 50)).length).toBe(25); // 30 have it, 5 of those are hidden
    expect(await viaKeys(long, 50)).toEqual(await oracle(long, 50));
  });

  it("find inputs outside the cached span: an old import and a future date", async () => {
    const text = await words("kvitveis");
    await viaKeys(text, 5); // caches the span
    await add("Kvitveis fra arkivet, 2009.", new Date("2009-05-01T10:00:00Z"));
    await add("Kvitveis, datert fram i tid.", new Date(Date.now() + 400 * 86_400_000));
    for (const limit of [1, 3, 1000]) expect(await viaKeys(text, limit)).toEqual(await oracle(text, limit));
    const all = await viaKeys(text, 1000);
    expect(all[0]).toBe((await oracle(text, 1))[0]);
    forgetBucketSpan();
    expect(await viaKeys(text, 1000)).toEqual(all);
  });

  it("use the same 30-day buckets as the database", async () => {
    const rows = await db.$queryRaw<{ at: Date; bucket: number }[]>`
      SELECT at, floor(extract(epoch FROM at) / ${BUCKET_SECONDS})::int AS bucket
        FROM unnest(ARRAY['2026-02-28T22:59:59.999Z', '2026-12-06T00:00:00Z', '1999-12-31T23:59:59Z']::timestamptz[]) AS at`;
    for (const r of rows) expect(bucketOf(r.at)).toBe(r.bucket);
    // And the keys the index holds are the ones the query asks for.
    const [row] = await db.$queryRaw<{ hit: boolean }[]>`
      SELECT input_search_keys(to_tsvector('simple', 'kvitveisbed'), '2026-12-06T00:00:00Z') @@ ${keysTsquery([["kvitv"]], [bucketOf(new Date("2026-12-06T00:00:00Z"))])}::tsquery AS hit`;
    expect(row!.hit).toBe(true);
  });
});
