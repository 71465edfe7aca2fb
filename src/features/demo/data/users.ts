// Demo accounts. The three role accounts have easy addresses for trying the app; the
// other politicians spread sign-ups and evaluations across parties. All names are made up.

import type { PartyShortName } from "./parties";

export type Role = "ADMIN" | "POLITICIAN" | "GROUP_LEADER";
export type Locale = "nb" | "nn" | "en";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  partyShortName: PartyShortName | null;
  locale: Locale;
}

/** Shared password for every demo account; never seed it outside demo/development. */
export const DEMO_PASSWORD = "demo-medvirk";

export const DEMO_USERS = [
  { email: "admin@medvirk.test", name: "Astrid Holmen", role: "ADMIN", partyShortName: null, locale: "nb" },
  { email: "politiker@medvirk.test", name: "Jonas Berntsen", role: "POLITICIAN", partyShortName: "Ap", locale: "nb" },
  { email: "gruppeleder@medvirk.test", name: "Ingrid Lunde", role: "GROUP_LEADER", partyShortName: "H", locale: "nb" },
  { email: "sindre.aas@medvirk.test", name: "Sindre Aas", role: "POLITICIAN", partyShortName: "FrP", locale: "nb" },
  { email: "fatima.rahimi@medvirk.test", name: "Fatima Rahimi", role: "POLITICIAN", partyShortName: "SV", locale: "nb" },
  { email: "eirik.saether@medvirk.test", name: "Eirik Sæther", role: "POLITICIAN", partyShortName: "V", locale: "nb" },
  { email: "marte.bakken@medvirk.test", name: "Marte Bakken", role: "POLITICIAN", partyShortName: "MDG", locale: "en" },
  { email: "nina.ostby@medvirk.test", name: "Nina Østby", role: "POLITICIAN", partyShortName: "R", locale: "nb" },
  { email: "liv.haugen@medvirk.test", name: "Liv Haugen", role: "POLITICIAN", partyShortName: "KrF", locale: "nb" },
  { email: "tor.ellingsen@medvirk.test", name: "Tor Ellingsen", role: "POLITICIAN", partyShortName: "Sp", locale: "nn" },
  { email: "arne.fossum@medvirk.test", name: "Arne Fossum", role: "POLITICIAN", partyShortName: "PP", locale: "nb" },
] as const satisfies readonly DemoUser[];
