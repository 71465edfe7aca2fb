// The parties in Drammen kommunestyre 2023–2027 (57 seats), largest first, as elected in
// September 2023. Seat counts are kept in comments only: the app does not model them.

export interface DemoParty {
  name: string;
  shortName: string;
}

export const PARTIES = [
  { name: "Høyre", shortName: "H" }, // 17
  { name: "Arbeiderpartiet", shortName: "Ap" }, // 13
  { name: "Fremskrittspartiet", shortName: "FrP" }, // 9
  { name: "Venstre", shortName: "V" }, // 3
  { name: "Sosialistisk Venstreparti", shortName: "SV" }, // 3
  { name: "Miljøpartiet De Grønne", shortName: "MDG" }, // 2
  { name: "Rødt", shortName: "R" }, // 2
  { name: "Kristelig Folkeparti", shortName: "KrF" }, // 2
  { name: "Industri- og Næringspartiet", shortName: "INP" }, // 2
  { name: "Senterpartiet", shortName: "Sp" }, // 2
  { name: "Pensjonistpartiet", shortName: "PP" }, // 1
  { name: "Partiet Sentrum", shortName: "PS" }, // 1
] as const satisfies readonly DemoParty[];

export type PartyShortName = (typeof PARTIES)[number]["shortName"];
