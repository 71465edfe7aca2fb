// Demo evaluations of DEMRE's finished activities, so the administration's evaluation page
// and the group leaders' method comparison have something true to show. Only politicians
// with a confirmed place get one; politiker@medvirk.test is left without any, so the demo
// (and the e2e test) shows the reminder and the empty form.
import type { DemreTargetGroupName } from "@/features/demo/data/demre-target-groups";
import type { Tx } from "@/lib/db";

type DemoEvaluation = {
  activityKey: string;
  email: string;
  preparationHours: number;
  executionHours: number;
  costNok: number;
  participants: number;
  reached: DemreTargetGroupName[];
  workedWell: string;
  workedLessWell: string;
  wouldUseAgain: number;
  transferable: string;
  comments?: string;
};

const EVALUATIONS: DemoEvaluation[] = [
  {
    activityKey: "institusjonsbesok-gulskogen",
    email: "sindre.aas@medvirk.test",
    preparationHours: 1,
    executionHours: 2,
    costNok: 0,
    participants: 14,
    reached: ["Pårørende", "Ansatte i helse og omsorg"],
    workedWell: "Ansatte og pårørende fortalte konkret om hverdagen. Vi fikk høre om transporten til og fra dagsenteret, som vi ikke visste var et problem.",
    workedLessWell: "Brukerne selv sa lite mens vi var der. Det ble mest en samtale med de ansatte.",
    wouldUseAgain: 4,
    transferable:
      "Passer godt for tjenester med faste brukere, for eksempel bofellesskap og aktivitetssentre. Mindre egnet for grupper som ikke allerede har et tilbud.",
  },
  {
    activityKey: "institusjonsbesok-gulskogen",
    email: "fatima.rahimi@medvirk.test",
    preparationHours: 1.5,
    executionHours: 2,
    costNok: 450,
    participants: 12,
    reached: ["Pårørende", "Ansatte i helse og omsorg", "Eldre hjemmeboende"],
    workedWell: "Brukerrådet hadde forberedt pårørende godt. Lite ressurskrevende for oss.",
    workedLessWell: "To timer var for kort til å snakke med alle som ville.",
    wouldUseAgain: 5,
    transferable: "Kan brukes i andre prosesser om helse og omsorg. Bør kombineres med en åpen møteplass for dem som ikke bruker tjenesten.",
    comments: "Kostnaden er kaffe og kake til brukerne.",
  },
  {
    activityKey: "book-en-politiker-biblioteket",
    email: "eirik.saether@medvirk.test",
    preparationHours: 2,
    executionHours: 3,
    costNok: 2_500,
    participants: 9,
    reached: ["Innbyggere som sjelden engasjerer seg", "Pårørende"],
    workedWell: "Samtalene på tomannshånd ble ærlige. Flere sa de aldri hadde snakket med en politiker før.",
    workedLessWell: "Få bookinger på forhånd; de fleste kom innom tilfeldig. Vi burde annonsert bredere, også på andre språk.",
    wouldUseAgain: 4,
    transferable: "Kan flyttes til bydelshus og kjøpesentre. Passer for enkeltpersoner, mindre for organisasjoner.",
  },
  {
    activityKey: "book-en-politiker-biblioteket",
    email: "marte.bakken@medvirk.test",
    preparationHours: 1,
    executionHours: 3,
    costNok: 0,
    participants: 6,
    reached: ["Frivillige organisasjoner"],
    workedWell: "Good conversations with volunteers from two organisations.",
    workedLessWell: "Quiet for long periods. Twenty-minute slots are too rigid when people drop in.",
    wouldUseAgain: 3,
    transferable: "Works if combined with something that already draws people to the place.",
  },
  {
    activityKey: "book-en-politiker-biblioteket",
    email: "sindre.aas@medvirk.test",
    preparationHours: 0.5,
    executionHours: 3,
    costNok: 0,
    participants: 11,
    reached: ["Innbyggere som sjelden engasjerer seg"],
    workedWell: "Lav terskel. Folk kom innom med det de var opptatt av.",
    workedLessWell: "Mange tok opp enkeltsaker vi ikke kunne svare på. Forventningsgapet må forklares bedre.",
    wouldUseAgain: 3,
    transferable: "Kan brukes i andre prosesser, men trenger en tydelig ramme for hva samtalen skal handle om.",
  },
  {
    activityKey: "naermiljokonferanse-fjell",
    email: "fatima.rahimi@medvirk.test",
    preparationHours: 6,
    executionHours: 4,
    costNok: 18_500,
    participants: 64,
    reached: ["Innvandrere/nyankomne", "Barnefamilier med lav inntekt", "Frivillige organisasjoner"],
    workedWell: "Tolk og barnepass gjorde at mange kom som vi ellers ikke når. Gruppearbeidet ga mange konkrete innspill om bydelen.",
    workedLessWell: "Ungdommen forsvant etter lunsj. Det tok lang tid å samle innspillene etterpå.",
    wouldUseAgain: 5,
    transferable: "Kan brukes i alle bydeler. For ungdom bør det være et eget opplegg, gjerne på skolen.",
    comments: "Kostnaden er tolk, lunsj og barnepass.",
  },
  {
    activityKey: "naermiljokonferanse-fjell",
    email: "tor.ellingsen@medvirk.test",
    preparationHours: 4,
    executionHours: 4,
    costNok: 18_500,
    participants: 60,
    reached: ["Innvandrere/nyankomne", "Ungdom", "Frivillige organisasjoner"],
    workedWell: "Godt samarbeid med skulen og laga på Fjell. Folk fekk snakke om det dei sjølv meinte var viktig.",
    workedLessWell: "Ressurskrevjande å planlegge. Vi politikarane kunne vore betre førebudde på kva som var sagt før.",
    wouldUseAgain: 4,
    transferable: "Eigna for større prosessar med fleire målgrupper. Ikkje for små saker.",
  },
  {
    activityKey: "naermiljokonferanse-fjell",
    email: "arne.fossum@medvirk.test",
    preparationHours: 3,
    executionHours: 4,
    costNok: 18_500,
    participants: 58,
    reached: ["Barnefamilier med lav inntekt"],
    workedWell: "Mange deltakere og god stemning.",
    workedLessWell: "Dyrt sammenlignet med andre metoder, og det var vanskelig å vite hvem vi ikke nådde.",
    wouldUseAgain: 2,
    transferable: "Kanskje i mindre format, uten lunsj.",
  },
];

/**
 * Adds the demo evaluations inside the seed's transaction. `activities` and `users` map the
 * seed's activity keys and e-mail addresses to ids, `groups` target-group names to ids.
 */
export async function seedDemoEvaluations(
  tx: Tx,
  refs: { activities: { id: string; key: string }[]; users: Map<string, string>; groups: Map<string, string> },
) {
  const activityIds = new Map(refs.activities.map((a) => [a.key, a.id]));
  // Only where the seed actually gave the politician a confirmed place (one query).
  const placed = await tx.signup.findMany({
    where: { status: "CONFIRMED", activityId: { in: [...activityIds.values()] } },
    select: { activityId: true, userId: true },
  });
  const hasPlace = new Set(placed.map((s) => `${s.activityId}:${s.userId}`));
  for (const { activityKey, email, reached, comments, ...e } of EVALUATIONS) {
    const activityId = activityIds.get(activityKey);
    const userId = refs.users.get(email);
    if (!activityId || !userId || !hasPlace.has(`${activityId}:${userId}`)) continue;
    const groupIds = reached.map((n) => refs.groups.get(n)).filter((id): id is string => Boolean(id));
    await tx.methodEvaluation.create({
      data: { activityId, userId, ...e, comments: comments ?? "", reachedGroups: { create: groupIds.map((targetGroupId) => ({ targetGroupId })) } },
    });
  }
}
