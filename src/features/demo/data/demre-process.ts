// The DEMRE process (Drammen), from the group leaders' meeting slides of 21.01.25.
//
// Reading of the dates. The slides' "Fremdrift" table runs Aug–Mar/Apr and names 21.01
// (the meeting itself) as the start of the dialogue on solutions, so its months are
// Aug 2024 – Apr 2025 and "Nå er vi her" was January 2025. That table is the political
// anchoring of DEMRE (fase 1: needs, fase 2: solutions, fase 3: decide what to test); it
// is phase 1 below. The involvement itself happens in the thematic plans' insight phase,
// which the slides do not date ("vil passe med fremdriften til planarbeidet"); we place it
// Aug–Nov 2025 and the idea phase Dec 2025 – Feb 2026, the same seasonal rhythm. The 18.02
// council slot stretches to April on the revised slide ("18.02 - -"), read as: the council
// treats the framework on 18.02 and decides what to test after the dialogue ends 24.03.
// Outcomes of past decision points are plausible demo assumptions, not minutes.
//
// Those are the canonical dates. demreProcess(today) shifts all of them by whole weeks
// (demo-time.ts) so that today always sits seven weeks into the insight phase.

import { demoShiftDays, shiftIsoDate } from "./demo-time";
import { DEMRE_TARGET_GROUPS, type DemoTargetGroup } from "./demre-target-groups";
import type { ThematicPlanSlug } from "./thematic-plans";

export type PhaseKind = "INSIGHT" | "IDEAS" | "OTHER";
export type ProcessStatus = "DRAFT" | "PUBLISHED" | "CLOSED" | "ARCHIVED";
export type ParticipationRule = "UNDECIDED" | "EVERYONE" | "VOLUNTARY";

export interface DemoPhase {
  position: number;
  kind: PhaseKind;
  title: string;
  description: string;
  guidingQuestions: readonly string[];
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  expectedOutput: string;
  owner: string;
}

export interface DemoMilestone {
  /** YYYY-MM-DD */
  date: string;
  endDate?: string;
  /** Phase the milestone belongs to, by position. */
  phasePosition?: number;
  title: string;
  /** The body that meets or decides. */
  body: string;
  isDecisionPoint: boolean;
  /** What is to be decided ("" when not a decision point). */
  decision: string;
  /** Filled in once it has happened. */
  outcome: string;
}

export interface DemoProcess {
  slug: string;
  title: string;
  summary: string;
  goal: string;
  status: ProcessStatus;
  participationRule: ParticipationRule;
  frameworkItems: readonly string[];
  expectationGap: string;
  inputUsePlan: string;
  thematicPlanSlugs: readonly ThematicPlanSlug[];
  startsOn: string;
  endsOn: string;
  phases: readonly DemoPhase[];
  milestones: readonly DemoMilestone[];
  targetGroups: readonly DemoTargetGroup[];
}

/** Phase positions, for activities and milestones. */
export const DEMRE_PHASE = { ANCHORING: 1, INSIGHT: 2, IDEAS: 3 } as const;

const PHASES: readonly DemoPhase[] = [
  {
    position: DEMRE_PHASE.ANCHORING,
    kind: "OTHER",
    title: "Forankring – rammer og prioriteringer",
    description:
      "Partigruppene drøftet hvilke behov prosjektet skal prioritere, og gruppeledermøtet og kommunestyret avklarte rammene og hvilke former for involvering politikerne vil teste. Denne fasen er for politikerne; innbyggerne involveres fra innsiktsfasen.",
    guidingQuestions: [
      "Hvilke behov ønsker dere å prioritere i prosjektet?",
      "Hva trenger dere?",
      "Hvilke former for involvering ønsker dere selv å delta på?",
    ],
    startsOn: "2024-09-02",
    endsOn: "2025-04-30",
    expectedOutput: "Rammer og valg av involveringsformer som skal testes",
    owner: "Adm. med politisk sak",
  },
  {
    position: DEMRE_PHASE.INSIGHT,
    kind: "INSIGHT",
    title: "Perspektiver – Innsikt",
    description:
      "Vi vil høre hva som er bra i dag, hva som finnes og skjer, hva som bekymrer deg, hva du trenger og hva du håper på – om å bli eldre i Drammen, om levekår og om å høre til. Politikerne møter innbyggere på mange måter og tester hvilke som fungerer.",
    guidingQuestions: ["Kvaliteter, hva er bra", "Hva finnes, gjøres, skjer", "Utfordringer, bekymringer", "Behov", "Håp"],
    startsOn: "2025-08-18",
    endsOn: "2025-11-28",
    expectedOutput: "Kunnskapsgrunnlag",
    owner: "Adm.",
  },
  {
    position: DEMRE_PHASE.IDEAS,
    kind: "IDEAS",
    title: "Muligheter – Idéutvikling",
    description:
      "Med kunnskapsgrunnlaget fra innsiktsfasen spør vi hva som oppleves viktigst og hvorfor, hvilke muligheter som finnes, og ber om tips og råd. Resultatet er forslag som legges fram for kommunestyret i en politisk sak.",
    guidingQuestions: ["Hva oppleves viktigst og hvorfor", "Muligheter", "Tips, råd"],
    startsOn: "2025-12-01",
    endsOn: "2026-02-27",
    expectedOutput: "Forslag",
    owner: "Adm. med politisk sak",
  },
];

const MILESTONES: readonly DemoMilestone[] = [
  {
    date: "2024-09-02",
    endDate: "2024-10-31",
    phasePosition: DEMRE_PHASE.ANCHORING,
    title: "Partigruppene drøfter behov",
    body: "Partigruppene",
    isDecisionPoint: false,
    decision: "",
    outcome: "Partigruppene pekte på fremtidens eldreomsorg, levekår og utenforskap, og på å nå dem kommunen sjelden hører fra.",
  },
  {
    date: "2024-11-19",
    phasePosition: DEMRE_PHASE.ANCHORING,
    title: "Beslutte hva prosjektet skal prioritere",
    body: "Gruppeledermøtet",
    isDecisionPoint: true,
    decision: "Beslutte hva dere vil prioritere med prosjektet.",
    outcome: "DEMRE skal handle om folkevalgtes kontakt med innbyggere og ulike aktører om fremtidens eldreomsorg, levekår og utenforskap.",
  },
  {
    date: "2025-01-21",
    phasePosition: DEMRE_PHASE.ANCHORING,
    title: "Forslag til rammer og fremdrift",
    body: "Gruppeledermøtet",
    isDecisionPoint: true,
    decision:
      "Kan rammene som er foreslått brukes i det videre arbeidet? Kan framdriftsplanen endres i tråd med forslaget? Bør alle i relevant hovedutvalg/kommunestyret være med å teste, eller skal det være opp til hver enkelt? Er det noen målgrupper som er særlig viktige å ha kontakt med?",
    outcome:
      "Rammene brukes videre, og kommunestyret behandler dem. Det er opp til hver enkelt folkevalgt å være med å teste. Eldre, pårørende og grupper som er berørt av utenforskap skal prioriteres.",
  },
  {
    date: "2025-01-21",
    endDate: "2025-03-24",
    phasePosition: DEMRE_PHASE.ANCHORING,
    title: "Dialog om mulige løsninger",
    body: "Gruppeledermøtet",
    isDecisionPoint: false,
    decision: "",
    outcome: "Partigruppene meldte inn hvilke involveringsformer politikerne selv ønsker å delta på.",
  },
  {
    date: "2025-02-18",
    phasePosition: DEMRE_PHASE.ANCHORING,
    title: "Behandle rammene for DEMRE",
    body: "Kommunestyret",
    isDecisionPoint: true,
    decision: "Vedta rammene for DEMRE-prosjektet.",
    outcome: "Rammene ble vedtatt.",
  },
  {
    date: "2025-04-29",
    phasePosition: DEMRE_PHASE.ANCHORING,
    title: "Beslutte hva som skal testes",
    body: "Kommunestyret",
    isDecisionPoint: true,
    decision: "Beslutte hvilke former for involvering som testes i innsiktsfasen, ut fra hva folkevalgte selv ønsker å delta på.",
    outcome:
      "Disse testes: book en politiker, På krakk med ordføreren, institusjonsbesøk, nærmiljøkonferanse, gjestebud, innbyggerpanel, dialogmøte med rådene og temakveld om matkultur, i tillegg til digitalt innspillskjema.",
  },
  {
    date: "2025-08-18",
    phasePosition: DEMRE_PHASE.INSIGHT,
    title: "Innsiktsfasen starter – innspillskjemaet åpner",
    body: "Adm.",
    isDecisionPoint: false,
    decision: "",
    outcome: "Skjemaet ble åpnet, og lenken ble delt via nærutvalgene, rådene og frivillige organisasjoner.",
  },
  {
    date: "2025-11-25",
    phasePosition: DEMRE_PHASE.INSIGHT,
    title: "Oppsummering av innsiktsfasen",
    body: "Gruppeledermøtet",
    isDecisionPoint: true,
    decision: "Hvilke behov og målgrupper skal prioriteres i idéutviklingen, og hvilke former for involvering bør brukes videre?",
    outcome: "",
  },
  {
    date: "2025-12-09",
    phasePosition: DEMRE_PHASE.IDEAS,
    title: "Kunnskapsgrunnlaget publiseres",
    body: "Adm.",
    isDecisionPoint: false,
    decision: "",
    outcome: "",
  },
  {
    date: "2026-01-20",
    endDate: "2026-02-24",
    phasePosition: DEMRE_PHASE.IDEAS,
    title: "Dialog om mulige løsninger",
    body: "Gruppeledermøtet",
    isDecisionPoint: false,
    decision: "",
    outcome: "",
  },
  {
    date: "2026-03-17",
    title: "Forslag og erfaringer med involveringsformene",
    body: "Kommunestyret",
    isDecisionPoint: true,
    decision: "Ta stilling til forslagene til de to temaplanene, og til hvilke former for involvering som bør brukes i andre prosesser.",
    outcome: "",
  },
];

const FRAMEWORK_ITEMS = [
  "Arbeidet inngår som et bidrag til de tverrsektorielle planene «Temaplan for aldersvennlig Drammen» og «Temaplan folkehelse, levekår og inkludering».",
  "Involveringen foregår i innsiktsfasen, og brukes som del av kunnskapsgrunnlaget.",
  "Involvere ulike målgrupper, slik at det sikres bred representativitet.",
  "Teste flere former for involvering. Omfang og hvilke former som testes velges ut fra hva folkevalgte selv ønsker å delta på.",
  "Formidle «forventningsgapet».",
  "Erfaringene skal være overførbare til andre prosesser.",
  "Involveringsformene skal kunne fungere på flere målgrupper.",
  "Involveringsformene skal ikke være for omfattende eller ressurskrevende (tidsbruk, økonomi og gjennomføring).",
] as const;

const EXPECTATION_GAP = `Drammen får flere eldre innbyggere og flere oppgaver, men ikke tilsvarende mer penger eller flere ansatte. Derfor blir det et gap mellom det mange forventer av kommunen og det som er mulig å yte med ressursene som finnes. Det kaller vi forventningsgapet, og vi vil snakke åpent om det.

Dette kan du forvente: at politikerne lytter, at alle innspill blir lest og registrert, at de blir en del av kunnskapsgrunnlaget for de to temaplanene, og at vi forteller hva vi har lært og hva som skjedde med innspillene. Du får en kvittering og kan følge innspillet ditt her.

Dette kan du ikke forvente: at hvert ønske blir oppfylt, at du får et personlig svar på hvert innspill, eller at innspill her behandles som en klage eller en søknad om tjenester – gjelder det deg eller en du er pårørende til, kontakt tjenesten direkte. I innsiktsfasen lover vi ingen konkrete tiltak. Forslagene kommer i idéfasen, og det er kommunestyret som bestemmer.`;

const INPUT_USE_PLAN = `Alle innspill registreres i Medvirk, enten de kommer via skjema, e-post eller fra politikernes samtaler på aktivitetene. Prosjektgruppen i administrasjonen leser nye innspill hver uke, skjuler personopplysninger og sorterer innspillene etter fasens spørsmål (kvaliteter, hva finnes, utfordringer, behov, håp), tema, målgruppe og bydel, og etter om de gjelder «Temaplan for aldersvennlig Drammen», «Temaplan folkehelse, levekår og inkludering» eller begge.

Når innsiktsfasen er over, legger administrasjonen fram en oppsummering for gruppeledermøtet og partigruppene. Den blir en del av kunnskapsgrunnlaget for begge temaplanene og publiseres her, sammen med hva som skjedde med innspillene.

I idéfasen bruker vi kunnskapsgrunnlaget til å spørre hva som er viktigst, og forslagene legges fram for kommunestyret i en politisk sak. Politikerne evaluerer hver form for involvering de har testet, slik at kommunestyret får erfaring med hva som fungerer bra og mindre bra.`;

const CANONICAL: DemoProcess = {
  slug: "demre",
  title: "DEMRE – Demokratiske innovasjoner og responsive politikere",
  summary:
    "Politikerne i Drammen vil snakke mer med innbyggerne om fremtidens eldreomsorg, levekår og utenforskap. Det du forteller, blir en del av kunnskapsgrunnlaget for to nye temaplaner, og politikerne lærer hvilke måter å møte innbyggerne på som fungerer best.",
  goal: "DEMRE-prosjektet i Drammen skal handle om folkevalgtes kontakt med innbyggere og ulike aktører i Drammenssamfunnet om fremtidens utfordringer, særlig knyttet til fremtidens eldreomsorg, levekår og utenforskap.",
  status: "PUBLISHED",
  participationRule: "VOLUNTARY",
  frameworkItems: FRAMEWORK_ITEMS,
  expectationGap: EXPECTATION_GAP,
  inputUsePlan: INPUT_USE_PLAN,
  thematicPlanSlugs: ["aldersvennlig", "folkehelse"],
  startsOn: "2024-09-02",
  endsOn: "2026-03-31",
  phases: PHASES,
  milestones: MILESTONES,
  targetGroups: DEMRE_TARGET_GROUPS,
};

/** The DEMRE process with every date shifted so that `today` falls in the insight phase. */
export function demreProcess(today: Date): DemoProcess {
  const days = demoShiftDays(today);
  const shift = (d: string): string => shiftIsoDate(d, days);
  return {
    ...CANONICAL,
    startsOn: shift(CANONICAL.startsOn),
    endsOn: shift(CANONICAL.endsOn),
    phases: CANONICAL.phases.map((p) => ({ ...p, startsOn: shift(p.startsOn), endsOn: shift(p.endsOn) })),
    milestones: CANONICAL.milestones.map((m) => ({
      ...m,
      date: shift(m.date),
      ...(m.endDate === undefined ? {} : { endDate: shift(m.endDate) }),
    })),
  };
}
