// The two cross-sector thematic plans DEMRE contributes to (seed 000, "Forslag til rammer").

export interface DemoThematicPlan {
  slug: string;
  name: string;
  description: string;
}

export const THEMATIC_PLANS = [
  {
    slug: "aldersvennlig",
    name: "Temaplan for aldersvennlig Drammen",
    description:
      "Tverrsektoriell plan for hvordan Drammen kan bli et godt sted å bli gammel i. Den handler om fremtidens eldreomsorg, men også om bolig, transport, møteplasser og aktivitet, slik at eldre kan leve aktive og selvstendige liv.",
  },
  {
    slug: "folkehelse",
    name: "Temaplan folkehelse, levekår og inkludering",
    description:
      "Tverrsektoriell plan for bedre folkehelse, jevnere levekår og mindre utenforskap. Den skal bidra til at alle – uavhengig av inntekt, bakgrunn og funksjonsevne – kan delta i arbeid, fritid og fellesskap.",
  },
] as const satisfies readonly DemoThematicPlan[];

export type ThematicPlanSlug = (typeof THEMATIC_PLANS)[number]["slug"];

/** The example CSV's `thematic_plan` codes, mapped to plan slugs (BEGGE = both). */
export const CSV_THEMATIC_PLAN_CODES = {
  ALDERSVENNLIG: ["aldersvennlig"],
  FOLKEHELSE: ["folkehelse"],
  BEGGE: ["aldersvennlig", "folkehelse"],
} as const satisfies Record<string, readonly ThematicPlanSlug[]>;
