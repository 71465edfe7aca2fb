import { describe, expect, it } from "vitest";
import { anonymiseAnswers, anonymiseText } from "@/features/privacy/anonymise";
import { maskEmail, maskName, maskPhone } from "@/features/privacy/mask";

describe("anonymising an input's text", () => {
  it("cuts e-mail addresses, phone numbers and valid national ids, and keeps the rest", () => {
    expect(anonymiseText("Bussen går for sjelden. Ring meg på 912 34 567 eller skriv til kari.n@example.no.")).toBe(
      "Bussen går for sjelden. Ring meg på [fjernet] eller skriv til [fjernet].",
    );
    // An identity number with a valid date and checksums (made up: born 1 January 1950).
    expect(anonymiseText("Mitt fnr er 01015000070, ikke publiser")).toBe("Mitt fnr er [fjernet], ikke publiser");
    expect(anonymiseText("Det koster 1 200 kr og tar 45 minutter.")).toBe("Det koster 1 200 kr og tar 45 minutter.");
  });

  it("anonymises free-text answers and leaves choices alone", () => {
    expect(anonymiseAnswers({ hvor: "Ring 91234567", ofte: "Av og til", flere: ["Buss", "mail@x.no"] })).toEqual({
      hvor: "Ring [fjernet]",
      ofte: "Av og til",
      flere: ["Buss", "[fjernet]"],
    });
    expect(anonymiseAnswers(null)).toEqual({});
  });
});

describe("masking contact details for the receipt page", () => {
  it("shows enough to recognise, too little to use", () => {
    expect(maskEmail("kari.nordmann@drammen.kommune.no")).toBe("k•••@d•••.no");
    expect(maskPhone("+47 912 34 567")).toBe("•••• 67");
    expect(maskName("Kari Nordmann")).toBe("K. N.");
    expect(maskEmail("")).toBe("");
  });
});
