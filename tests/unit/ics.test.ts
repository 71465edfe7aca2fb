// The iCalendar writer: escaping, folding at 75 octets (UTF-8 aware), CRLF, and a file an
// independent parser (node-ical) reads back to the same values.
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatUtc, renderCalendar } from "@/lib/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and newlines (in that order, so nothing is escaped twice)", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("Møte: kl. 18")).toBe("Møte: kl. 18");
  });
});

describe("formatUtc", () => {
  it("writes UTC in the basic format without milliseconds", () => {
    expect(formatUtc(new Date("2026-12-03T17:00:00.123Z"))).toBe("20261203T170000Z");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds a longer one with CRLF + space", () => {
    const exact = `SUMMARY:${"x".repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine(`SUMMARY:${"x".repeat(100)}`);
    const lines = folded.split("\r\n");
    expect(lines).toHaveLength(2);
    expect(octets(lines[0]!)).toBe(75);
    expect(lines[1]!.startsWith(" ")).toBe(true);
  });

  it("counts æøå as two octets and never splits one", () => {
    const line = `SUMMARY:${"æøå".repeat(60)}`;
    const lines = foldLine(line).split("\r\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain("\uFFFD");
    }
    // Unfolding (remove CRLF + one space) gives the original back.
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(line);
  });

  it("keeps an emoji (4 octets, 2 UTF-16 units) whole", () => {
    const lines = foldLine(`SUMMARY:${"a".repeat(66)}🎉🎉`).split("\r\n");
    expect(lines[0]!.endsWith("a")).toBe(true);
    expect(lines[1]).toBe(" 🎉🎉");
  });
});

describe("renderCalendar", () => {
  const start = new Date("2026-12-03T17:00:00Z");
  const text = renderCalendar({
    name: "Mine aktiviteter, Medvirk",
    stamp: new Date("2026-11-25T08:00:00Z"),
    events: [
      {
        uid: "activity-1@medvirk",
        start,
        end: new Date("2026-12-03T19:00:00Z"),
        summary: "Dialogmøte på Åssiden; eldrerådet, ungdomsrådet",
        location: "Åssiden kirke, menighetssalen",
        description: `Metode: Dialogmøte\nProsess: DEMRE\n${"Lang tekst med æøå. ".repeat(10)}`,
        url: "https://medvirk.example/politiker?aktivitet=1",
        sequence: 3,
        status: "CONFIRMED",
      },
      { uid: "activity-2@medvirk", start, end: start, summary: "Avlyst møte", sequence: 1, status: "CANCELLED" },
    ],
  });

  it("uses CRLF everywhere, folds every line to 75 octets and has the calendar properties", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const p of ["VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Europe/Oslo", "PRODID:"]) expect(text).toContain(p);
    expect(text).toContain("DTSTART:20261203T170000Z");
  });

  it("is read back by node-ical with the same values", () => {
    const parsed = ical.sync.parseICS(text);
    const one = parsed["activity-1@medvirk"] as ical.VEvent;
    expect(one.type).toBe("VEVENT");
    expect(one.summary).toBe("Dialogmøte på Åssiden; eldrerådet, ungdomsrådet");
    expect(one.location).toBe("Åssiden kirke, menighetssalen");
    expect(one.description).toContain("Metode: Dialogmøte\nProsess: DEMRE\n");
    expect(one.start.toISOString()).toBe(start.toISOString());
    expect(one.end?.toISOString()).toBe("2026-12-03T19:00:00.000Z");
    expect(Number(one.sequence)).toBe(3);
    expect(one.status).toBe("CONFIRMED");
    expect(String(one.url)).toBe("https://medvirk.example/politiker?aktivitet=1");
    expect((parsed["activity-2@medvirk"] as ical.VEvent).status).toBe("CANCELLED");
  });
});
