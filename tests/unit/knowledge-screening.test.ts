// Screening on arrival: personal data that must not be published and likely abuse. The
// sentences are written for this test (not taken from the sample file), in the ways people
// actually write numbers, names and insults.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { autoRedact, screenText } from "@/features/knowledge/screening/screen";
import { parseCsvRecords } from "@/lib/csv";

/** A synthetic fødselsnummer with valid control digits (born `ddmmyy`, first free individual number ≥ start). */
function syntheticFnr(ddmmyy: string, start = 123): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let ind = start; ind < 1000; ind++) {
    const nine = ddmmyy + String(ind).padStart(3, "0");
    const k1 = (11 - (w1.reduce((s, w, i) => s + w * Number(nine[i]), 0) % 11)) % 11;
    if (k1 === 10) continue;
    const ten = nine + k1;
    const k2 = (11 - (w2.reduce((s, w, i) => s + w * Number(ten[i]), 0) % 11)) % 11;
    if (k2 === 10) continue;
    return ten + k2;
  }
  throw new Error("no valid number");
}
const withWrongCheckDigit = (fnr: string) => fnr.slice(0, 10) + ((Number(fnr[10]) + 1) % 10);
const flags = (text: string) => screenText(text).flags;

describe("national identity numbers", () => {
  const valid = syntheticFnr("150387");
  const dnr = syntheticFnr("550387"); // D-nummer: day + 40

  it("flags a fødselsnummer with a valid checksum, written together or spaced", () => {
    expect(flags(`Fødselsnummeret mitt er ${valid}.`)).toContain("national-id");
    expect(flags(`fnr ${valid.slice(0, 6)} ${valid.slice(6)} hvis dere trenger det`)).toContain("national-id");
    expect(flags(`D-nummer: ${dnr}`)).toContain("national-id");
  });

  it("does not flag the same number with a wrong check digit, and does not call it a phone number", () => {
    const bad = withWrongCheckDigit(valid);
    expect(flags(`Nummeret er ${bad}.`)).toEqual([]);
    expect(screenText(`Nummeret er ${bad}.`).hold).toBe(false);
  });

  it("redacts it", () => {
    expect(autoRedact(`Mitt fnr er ${valid}.`)).toBe("Mitt fnr er [sladdet].");
  });
});

describe("phone numbers", () => {
  it.each([
    "Ring meg på 92245871",
    "Ring meg på 922 45 871!",
    "mobil: 12 34 56 78",
    "tlf +47 481 23 456 etter kl 16",
    "Nås på 0047 92245871",
    "telefon 22-33-44-55",
    "sms 4812 3456",
    "Kontakt: +4798765432",
  ])("flags %s", (text) => {
    expect(flags(text)).toContain("phone");
  });

  it.each([
    "Vi flyttet hit i 2016 og fikk barn i 2019.",
    "Husleia er 11 800 kr og strømmen 2 500 kroner.",
    "Det koster 12 500 000 kroner å bygge.",
    "Budsjettet er på 12500000 kr.",
    "Postnummer 3015 Drammen, 3040 Drammen.",
    "Født 12.03.1939, flyttet hit 01.08.1965.",
    "Dato 20241125 i skjemaet.",
    "Det var 15 000 i året for to barn.",
    "Fra 2019 2020 til nå har det blitt verre.",
    "Åpent 18–22 hver fredag, 60–80 stykker kommer.",
  ])("does not flag %s", (text) => {
    expect(flags(text)).not.toContain("phone");
  });

  it("redacts the number but keeps the rest", () => {
    expect(autoRedact("Ring meg på 922 45 871, så forklarer jeg.")).toBe("Ring meg på [sladdet], så forklarer jeg.");
  });
});

describe("e-mail addresses", () => {
  it("flags and redacts them", () => {
    expect(flags("Svar til kari.nordmann@eksempel.no takk")).toEqual(["email"]);
    expect(autoRedact("Svar til ola+innspill@post.example.com.")).toBe("Svar til [sladdet].");
  });
});

describe("abuse", () => {
  it.each([
    ["nb insult", "Dere er en gjeng inkompetente idioter på rådhuset."],
    ["nb swearing", "Jævla politikere som aldri hører på oss."],
    ["nb liar", "Varaordføreren er en løgner og en kjeltring."],
    ["nb threat", "Han burde skytes for det han har gjort med skolen."],
    ["nb threat (knows where)", "Vi vet hvor du bor, ordfører."],
    ["nb threat (will feel it)", "Legger dere ned biblioteket, skal dere få svi for det."],
    ["nb hate", "Dra hjem til landet ditt, du har ingenting her å gjøre."],
    ["nb hate (group)", "Innvandrerne er parasitter som bare snylter på velferden."],
    ["nn insult", "De er nokre hjernedøde fjols alle saman."],
    ["nn threat", "Eg veit kvar de bur, og de skal få kjenne det."],
    ["nn threat 2", "Rådmannen burde skytast."],
    ["en insult", "You are a bunch of useless idiots."],
    ["en threat", "I know where you live and you'll regret this."],
    ["en hate", "Go back to your own country."],
  ])("flags %s", (_label, text) => {
    expect(flags(text)).toContain("abuse");
  });

  it.each([
    "Det er dumt at bussen ikke går på søndager.",
    "Jeg er skuffet over at dere la ned dagsenteret. Det er en skam for byen.",
    "Helsesykepleieren kjenner ungene mine bedre enn farmor gjør.",
    "I borettslaget har vi laget en velkomstfolder og pakket ut kasser med bøker.",
    "Jeg dro hjem etter trening klokka ni.",
    "The dust from the building site is a problem for my asthma.",
    "Kommunen må passe på at ingen faller mellom to stoler.",
    "Vi trenger flere frivillige som kan skyte inn noen timer i uka.",
  ])("does not flag criticism or ordinary words: %s", (text) => {
    expect(flags(text)).not.toContain("abuse");
  });
});

describe("health details about a named person", () => {
  it.each([
    "Kari Hansen i 2. etasje har demens og går seg bort.",
    "Min nabo Petter har kreft og får ingen hjelp.",
    "Mora mi, Solveig, er alkoholiker og trenger oppfølging.",
    "Faren min, Ole Bakken, ble innlagt etter et slag i fjor.",
    "My neighbour John was diagnosed with dementia last year.",
    "Ingrid Johansen fra Fjell har fått diagnosen depresjon og venter på psykolog.",
  ])("flags %s", (text) => {
    expect(flags(text)).toContain("health-person");
  });

  it.each([
    "Pappa har demens og bor fortsatt hjemme på Danvik.",
    "Besøk på dagsenteret for personer med demens på Gulskogen.",
    "Kirkens Bymisjon møter mange med rus- og psykiske problemer.",
    "Kari Hansen fra Fjell ønsker seg flere benker langs elva.",
    "Rask psykisk helsehjelp hadde ti ukers ventetid.",
  ])("does not flag unnamed people or names without health details: %s", (text) => {
    expect(flags(text)).not.toContain("health-person");
  });

  it("redacts the name, keeps the health words (they are the point of the input)", () => {
    expect(autoRedact("Naboen min, Arne Kristiansen, har schizofreni.")).toBe("Naboen min, [sladdet], har schizofreni.");
  });
});

describe("on the labelled sample (../shared/data/innspill-eksempel.csv)", () => {
  it("holds every row labelled abusive and few others (recall ≥ 90 %)", () => {
    const file = path.resolve(import.meta.dirname, "../../../shared/data/innspill-eksempel.csv");
    const rows = parseCsvRecords(readFileSync(file, "utf8")).rows.map((r) => r.values);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const held = screenText(r.text ?? "").hold;
      const abusive = r.abusive === "1";
      if (held && abusive) tp++;
      else if (held) fp++;
      else if (abusive) fn++;
    }
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.8);
  });
});
