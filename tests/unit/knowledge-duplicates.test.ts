// Near-duplicates and same-point rewordings: the sample's dup_of pairs are found and nothing
// else in the file scores above the threshold; unrelated inputs on the same topic stay apart.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findNearDuplicatePairs } from "@/features/knowledge/similarity/near-duplicates";
import { features, idfFrom, likeness } from "@/features/knowledge/similarity/score";
import { parseCsvRecords } from "@/lib/csv";

const file = path.resolve(import.meta.dirname, "../../../shared/data/innspill-eksempel.csv");
const rows = parseCsvRecords(readFileSync(file, "utf8")).rows.map((r) => r.values);
const docs = rows.map((r) => ({ id: r.id!, text: r.text! }));
const key = (a: string, b: string) => [a, b].sort().join("|");

describe("findNearDuplicatePairs on the sample", () => {
  const truth = new Set(rows.filter((r) => r.dup_of && docs.some((d) => d.id === r.dup_of)).map((r) => key(r.id!, r.dup_of!)));
  const found = findNearDuplicatePairs(docs);

  it("finds the dup_of pairs whose original is in the file (recall ≥ 80 %)", () => {
    expect(truth.size).toBeGreaterThanOrEqual(2);
    const hits = [...truth].filter((k) => found.some((p) => key(p.a, p.b) === k));
    expect(hits.length / truth.size).toBeGreaterThanOrEqual(0.8);
  });

  it("reports few other pairs (precision ≥ 90 %)", () => {
    const right = found.filter((p) => truth.has(key(p.a, p.b))).length;
    expect(right / found.length).toBeGreaterThanOrEqual(0.9);
  });

  it("scores pairs between 0 and 1, best first", () => {
    for (const p of found) {
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    expect(found.map((p) => p.score)).toEqual([...found.map((p) => p.score)].sort((x, y) => y - x));
  });
});

describe("likeness", () => {
  const score = (a: string, b: string) => {
    const fa = features(a);
    const fb = features(b);
    const df = new Map<string, number>();
    for (const f of [fa, fb]) for (const l of f.lemmaSet) df.set(l, (df.get(l) ?? 0) + 1);
    return likeness(fa, fb, idfFrom(df, 2));
  };

  it("calls the same text with typos and punctuation a near-duplicate", () => {
    const l = score("Bussen til Konnerud går for sjelden på kveldstid.", "bussen til konnerud går for sjeldent på kveldstid!!");
    expect(l.kind).toBe("near-duplicate");
    expect(l.score).toBeGreaterThan(0.8);
  });

  it("finds the same point reworded (pairs written like the sample's dup_of rows whose original is not in the file)", () => {
    const pairs = [
      [
        "Pårørende som besøker hver dag på sykehjemmet må betale for parkering hver gang. Det blir over 1500 kroner i måneden!",
        "Vi pårørende som besøker hver dag på sykehjem og sykehus må betale parkering hver gang – det blir fort over 1500 kr i måneden. Urimelig!",
      ],
      [
        "My father (79) moved here from England and lives with us at Gulskogen. He doesn't speak Norwegian and is lonely. Are there day centres or activities where he can meet English speakers?",
        "Hello, my dad (79) recently moved from England to live with our family at Gulskogen. He doesn't speak any Norwegian and is getting quite lonely. Are there day centres or activities where he could meet people who speak English?",
      ],
    ] as const;
    for (const [a, b] of pairs) expect(score(a, b).score).toBeGreaterThanOrEqual(0.5);
  });

  it("keeps different points on the same topic below the threshold", () => {
    expect(score("Bussen til Konnerud går for sjelden på kveldstid.", "Bussjåførene venter alltid til jeg har satt meg. Takk til Brakar!").score).toBeLessThan(
      0.5,
    );
    expect(score("Fritidsklubben på Fjell er stengt i helgene.", "Fritidsklubben på Konnerud er helt rå, de voksne der er chill.").score).toBeLessThan(0.5);
  });

  it("handles empty and stop-word-only texts", () => {
    expect(score("", "Noe").score).toBe(0);
    expect(
      findNearDuplicatePairs([
        { id: "a", text: "" },
        { id: "b", text: "" },
      ]),
    ).toEqual([]);
  });
});
