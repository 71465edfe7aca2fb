// DEMRE's target groups, placed on the importance × difficulty matrix as the slides do:
// the statutory councils and seniors are important and not so hard to reach; groups
// affected by outsiderness and poor living conditions are important and hard to reach.
// Every `target_group` value in the example CSV is also a name here (first letter
// capitalised), so imported inputs can be linked; see DEMRE_CSV_TARGET_GROUPS.

import type { AudienceSlug } from "./audiences";

export type Importance = "VERY_IMPORTANT" | "IMPORTANT" | "LESS_IMPORTANT";
export type Difficulty = "EASY" | "MEDIUM" | "HARD";

export interface DemoTargetGroup {
  name: string;
  description: string;
  importance: Importance;
  difficulty: Difficulty;
  audienceSlug?: AudienceSlug;
}

export const DEMRE_TARGET_GROUPS = [
  {
    name: "De lovpålagte rådene",
    description:
      "Eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet. Etablerte arenaer som er lette å nå, og som kjenner både eldreomsorg og levekår godt.",
    importance: "VERY_IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "raad-og-utvalg",
  },
  {
    name: "Eldre hjemmeboende",
    description:
      "Eldre som bor hjemme, med eller uten hjemmetjenester. Viktige, og ikke så vanskelige å nå: mange er aktive i lag, foreninger og på seniorsentre.",
    importance: "VERY_IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "eldre-hjemmeboende",
  },
  {
    name: "Eldre på sykehjem",
    description: "Beboere på sykehjem og i heldøgns omsorgsboliger. Må oppsøkes der de bor, gjerne sammen med pårørende og ansatte.",
    importance: "VERY_IMPORTANT",
    difficulty: "MEDIUM",
    audienceSlug: "eldre-pa-sykehjem",
  },
  {
    name: "Pårørende",
    description: "Pårørende til eldre, personer med demens og andre med store omsorgsbehov. Kjenner tjenestene godt, men har ofte lite tid.",
    importance: "VERY_IMPORTANT",
    difficulty: "MEDIUM",
    audienceSlug: "parorende",
  },
  {
    name: "Barnefamilier med lav inntekt",
    description:
      "Familier der økonomien hindrer barna i å delta på lik linje med andre. Mange vil ikke skille seg ut og må nås gjennom skoler, helsestasjoner og frivillige.",
    importance: "VERY_IMPORTANT",
    difficulty: "HARD",
    audienceSlug: "barnefamilier-lav-inntekt",
  },
  {
    name: "Innvandrere/nyankomne",
    description:
      "Innbyggere med kort botid eller annen språkbakgrunn. Trenger informasjon på flere språk og invitasjoner gjennom egne nettverk og organisasjoner.",
    importance: "VERY_IMPORTANT",
    difficulty: "HARD",
    audienceSlug: "innvandrere-nyankomne",
  },
  {
    name: "Personer med funksjonsnedsettelse",
    description:
      "Politikerne vil særlig oppsøke dem som ikke får et tilbud på lik linje med andre. Krever universelt utformede møter og tilrettelagt informasjon.",
    importance: "VERY_IMPORTANT",
    difficulty: "HARD",
    audienceSlug: "funksjonsnedsettelse",
  },
  {
    name: "Personer med rus- eller psykiske helseutfordringer",
    description:
      "«Det er viktigst å høre de som kommunen ikke klarer å hjelpe.» Her må politikerne selv ta initiativ og oppsøke folk der de er, for eksempel via lavterskeltilbud.",
    importance: "VERY_IMPORTANT",
    difficulty: "HARD",
    audienceSlug: "rus-psykisk-helse",
  },
  {
    name: "Nærutvalgene",
    description: "En direkte link til kommunedelene og det som er viktig for innbyggerne der. Kan hjelpe med å nå lag, foreninger og enkeltpersoner lokalt.",
    importance: "IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "raad-og-utvalg",
  },
  {
    name: "Ansatte i helse og omsorg",
    description: "Sykepleiere, helsefagarbeidere og andre som ser behovene hver dag. Lette å nå gjennom virksomhetene, og en god ressurs.",
    importance: "IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "ansatte-helse-omsorg",
  },
  {
    name: "Frivillige organisasjoner",
    description: "Lag og organisasjoner som driver aktiviteter, besøkstjenester og leksehjelp. Mange ønsker å bidra og kjenner grupper kommunen ikke når.",
    importance: "IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "frivillige-organisasjoner",
  },
  {
    name: "Humanitære organisasjoner",
    description: "Organisasjoner som Røde Kors og Kirkens Bymisjon, som møter mennesker i utenforskap. Kan åpne dører til grupper som er vanskelige å nå.",
    importance: "IMPORTANT",
    difficulty: "MEDIUM",
    audienceSlug: "frivillige-organisasjoner",
  },
  {
    name: "Ungdom",
    description: "Ungdom i alle bydeler, også de som ikke er med i ungdomsrådet eller i organiserte fritidsaktiviteter.",
    importance: "IMPORTANT",
    difficulty: "MEDIUM",
    audienceSlug: "ungdom",
  },
  {
    name: "Innbyggere som sjelden engasjerer seg",
    description: "«Vi må ikke bare tenke på marginaliserte – det er også andre som bare ikke bryr seg så mye.» Nås best der de allerede er, med lav terskel.",
    importance: "IMPORTANT",
    difficulty: "HARD",
    audienceSlug: "innbyggere-generelt",
  },
  {
    name: "Idrettsrådet, Kulturrådet og Friluftsforum",
    description: "Paraplyorganisasjonene for idrett, kultur og friluftsliv. Lette å nå, og kan brukes for å få fart på arbeidet og spre invitasjoner.",
    importance: "LESS_IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "lag-og-foreninger",
  },
  {
    name: "Næringsliv",
    description: "Næringslivet som arbeidsgiver for seniorer og for folk som står utenfor arbeidslivet. Mindre sentralt for temaene, og krever egne arenaer.",
    importance: "LESS_IMPORTANT",
    difficulty: "MEDIUM",
    audienceSlug: "naeringsliv",
  },
] as const satisfies readonly DemoTargetGroup[];

export type DemreTargetGroupName = (typeof DEMRE_TARGET_GROUPS)[number]["name"];

/** The example CSV's `target_group` values mapped to DEMRE target group names. */
export const DEMRE_CSV_TARGET_GROUPS = {
  "eldre hjemmeboende": "Eldre hjemmeboende",
  "eldre på sykehjem": "Eldre på sykehjem",
  pårørende: "Pårørende",
  ungdom: "Ungdom",
  "barnefamilier med lav inntekt": "Barnefamilier med lav inntekt",
  "innvandrere/nyankomne": "Innvandrere/nyankomne",
  "personer med funksjonsnedsettelse": "Personer med funksjonsnedsettelse",
  "frivillige organisasjoner": "Frivillige organisasjoner",
  "ansatte i helse og omsorg": "Ansatte i helse og omsorg",
  næringsliv: "Næringsliv",
} as const satisfies Record<string, DemreTargetGroupName>;
