import { describe, expect, it } from "vitest";
import { DIFFICULTIES, IMPORTANCES, STRATEGY_LABEL_NB, strategyFor } from "@/features/target-groups/strategy";

describe("target-group strategy (importance x difficulty)", () => {
  it("matches the DEMRE slide cell by cell", () => {
    const grid = DIFFICULTIES.map((d) => IMPORTANCES.map((i) => STRATEGY_LABEL_NB[strategyFor(i, d)]));
    expect(grid).toEqual([
      ["Sett i gang", "God ressurs", "Bruk for å få fart"],
      ["Prioritet", "Jobbe med", "Tja..."],
      ["Bruk mest ressurser her", "Er det verdt det?", "Ikke bruk energi"],
    ]);
  });

  it("gives nine different strategies", () => {
    const all = DIFFICULTIES.flatMap((d) => IMPORTANCES.map((i) => strategyFor(i, d)));
    expect(new Set(all).size).toBe(9);
  });

  it("places seniors (important, easy) and outsiderness groups (very important, hard) as the seed says", () => {
    expect(strategyFor("IMPORTANT", "EASY")).toBe("GOOD_RESOURCE");
    expect(strategyFor("VERY_IMPORTANT", "HARD")).toBe("SPEND_MOST");
  });
});
