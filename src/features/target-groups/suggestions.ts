// Target groups the DEMRE slides name ("Målgrupper – kontakt" and "Hvem er særlig viktige
// målgrupper"), offered to every process as a starting point. Names and descriptions are
// the seed's Norwegian wording and become the process's own data when added; placements are
// where the slides put them and can be moved afterwards. Names match the DEMRE demo's, so
// a process that already has a group is not offered it again.
import type { Difficulty, Importance } from "@/generated/prisma/enums";

export type TargetGroupSuggestion = {
  key: string;
  name: string;
  description: string;
  importance: Importance;
  difficulty: Difficulty;
  /** Audience.slug of the cross-process kind, linked when that audience exists. */
  audienceSlug?: string;
};

export const TARGET_GROUP_SUGGESTIONS = [
  {
    key: "lovpalagte-rad",
    name: "De lovpålagte rådene",
    description: "Eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet. Etablerte arenaer som er lette å nå.",
    importance: "VERY_IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "raad-og-utvalg",
  },
  {
    key: "naerutvalgene",
    name: "Nærutvalgene",
    description: "En direkte kontakt med kommunedelene og det som er viktig for innbyggerne der.",
    importance: "IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "raad-og-utvalg",
  },
  {
    key: "naeringsliv",
    name: "Næringsliv",
    description: "Næringslivet i kommunen, som arbeidsgiver og som aktør i lokalsamfunnet.",
    importance: "LESS_IMPORTANT",
    difficulty: "MEDIUM",
    audienceSlug: "naeringsliv",
  },
  {
    key: "idrett-kultur-friluft",
    name: "Idrettsrådet, Kulturrådet og Friluftsforum",
    description: "Paraplyorganisasjonene for idrett, kultur og friluftsliv. Kan brukes for å få fart på arbeidet og spre invitasjoner.",
    importance: "LESS_IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "lag-og-foreninger",
  },
  {
    key: "humanitaere-organisasjoner",
    name: "Humanitære organisasjoner",
    description: "Organisasjoner som møter mennesker i utenforskap, og som kan åpne dører til grupper som er vanskelige å nå.",
    importance: "IMPORTANT",
    difficulty: "MEDIUM",
    audienceSlug: "frivillige-organisasjoner",
  },
  {
    key: "eldre",
    name: "Eldre",
    description: "Eldre innbyggere – viktige, men ikke så vanskelige å nå (tema: eldre).",
    importance: "VERY_IMPORTANT",
    difficulty: "EASY",
    audienceSlug: "eldre-hjemmeboende",
  },
  {
    key: "utenforskap-levekar",
    name: "Personer berørt av utenforskap og dårlige levekår",
    description: "Innbyggere som står utenfor eller har dårlige levekår – viktige, og kan være vanskelige å nå (tema: utenforskap, levekår).",
    importance: "VERY_IMPORTANT",
    difficulty: "HARD",
  },
] as const satisfies readonly TargetGroupSuggestion[];

export type SuggestionKey = (typeof TARGET_GROUP_SUGGESTIONS)[number]["key"];
export const SUGGESTION_KEYS = TARGET_GROUP_SUGGESTIONS.map((s) => s.key) as [SuggestionKey, ...SuggestionKey[]];

/** Names compare without regard to case or surrounding space ("Eldre" = " eldre "). */
export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("nb") === b.trim().toLocaleLowerCase("nb");

/** The suggestions a process does not have yet, given its groups' names. */
export function openSuggestions(existingNames: readonly string[]): TargetGroupSuggestion[] {
  return TARGET_GROUP_SUGGESTIONS.filter((s) => !existingNames.some((n) => sameName(n, s.name)));
}
