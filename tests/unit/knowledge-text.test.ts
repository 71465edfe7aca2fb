import { describe, expect, it } from "vitest";
import { lemma, lemmas, lemmaTokens, searchLemmas, tokenize } from "@/features/knowledge/text/normalize";
import { stem } from "@/features/knowledge/text/stemmer";

const same = (a: string, b: string) => expect(lemma(a), `${a} ↔ ${b}`).toBe(lemma(b));

describe("Norwegian normalizer", () => {
  it("meets inflections of the same word", () => {
    same("bussen", "bussene");
    same("bussen", "buss");
    same("barnehagen", "barnehager");
    same("sykehjemmet", "sykehjem");
    same("sykehjemmene", "sykehjem");
    same("ensomme", "ensom");
    expect(lemma("bussen")).not.toBe(lemma("barnehagen"));
  });

  it("meets nynorsk and bokmål, also inside compounds", () => {
    same("heimetenesta", "hjemmetjenesten");
    same("sjukeheimen", "sykehjemmet");
    same("einsemd", "ensomhet");
    same("sykkelvegar", "sykkelveier");
    same("skulen", "skolen");
    same("borna", "barna");
    same("tilbodet", "tilbudet");
  });

  it("folds æ, ø, å and accents so people typing without them still match", () => {
    same("Strømsø", "stromso");
    same("Åssiden", "assiden");
    same("Bærum", "baerum");
    same("idé", "ide");
    expect(lemma("Strømsø")).toMatch(/^[a-z]+$/);
  });

  it("drops bokmål and nynorsk stop words", () => {
    for (const w of ["og", "i", "det", "ikke", "ikkje", "eg", "kva", "korleis", "som", "på"]) expect(lemma(w), w).toBe("");
    expect(lemmas("Eg veit ikkje kva det er")).toEqual([lemma("veit")]);
  });

  it("maps a few English domain words so English inputs are found by English and Norwegian words", () => {
    same("buses", "bus");
    same("bus", "bussen");
    same("loneliness", "ensomhet");
    expect(lemmas("a nursing home")).toEqual([lemma("sykehjem")]);
  });

  it("ports the Snowball stemmer (R1, s-ending, dt/vt, other suffixes)", () => {
    expect(stem("hjemmetjenesten")).toBe("hjemmetjenest");
    expect(stem("barnehagene")).toBe("barnehag");
    expect(stem("hus")).toBe("hus"); // too short for R1
    expect(stem("bilens")).toBe("bil");
    expect(stem("kjærlig")).toBe("kjær");
    expect(stem("hendt")).toBe("hend");
  });

  it("keeps positions of the original text for snippets", () => {
    const text = "Bussen går, men sykehjemmet?";
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["Bussen", "går", "men", "sykehjemmet"]);
    expect(lemmaTokens(text).find((t) => t.word === "sykehjemmet")?.lemma).toBe(lemma("sykehjem"));
    expect(searchLemmas(text).split(" ")).toContain(lemma("buss"));
  });

  it("is fast enough to index a million texts", () => {
    const text = "Mann i 70-årene på benken ved Bragernes torg: bussen til Konnerud går for sjelden på kveldstid, og det er bratt opp fra holdeplassen.";
    // CPU time, not wall time: the machine may be busy with other work.
    const t0 = process.cpuUsage();
    for (let i = 0; i < 20_000; i++) searchLemmas(`${text} ${i}`);
    const used = process.cpuUsage(t0);
    const perTextMs = (used.user + used.system) / 1000 / 20_000;
    expect(perTextMs * 1_000_000).toBeLessThan(60_000);
  });
});
