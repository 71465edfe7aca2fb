// DEMRE's activities: the involvement forms the politicians chose to test (see the
// "Beslutte hva som skal testes" milestone). Written on the canonical calendar and moved
// with the rest of the process by demreActivities(today), so the four DONE ones are always
// behind "today" (for evaluation) and the OPEN/PLANNED ones about one to six weeks ahead.

import { demoShiftDays, osloDateTime, shiftIsoDate } from "./demo-time";
import { DEMRE_PHASE } from "./demre-process";
import type { DemreTargetGroupName } from "./demre-target-groups";
import type { DistrictName } from "./districts";
import type { MethodSlug } from "./methods";

export type ActivityStatus = "PLANNED" | "OPEN" | "DONE" | "CANCELLED";

export interface DemoActivity {
  /** Stable key, for the seeder to find the activity again (sign-ups, inputs). */
  key: string;
  title: string;
  description: string;
  methodSlug: MethodSlug;
  phasePosition: number;
  /** ISO 8601 with the Oslo offset, e.g. 2025-09-16T16:00:00+02:00 */
  startsAt: string;
  endsAt: string;
  place: string;
  districtName: DistrictName | null;
  isOnline: boolean;
  politicianCapacity: number;
  isPublic: boolean;
  status: ActivityStatus;
  targetGroupNames: readonly DemreTargetGroupName[];
}

interface CanonicalActivity extends Omit<DemoActivity, "startsAt" | "endsAt"> {
  /** Canonical date (YYYY-MM-DD) and Oslo wall-clock times (HH:MM). */
  date: string;
  from: string;
  to: string;
}

const ACTIVITIES: readonly CanonicalActivity[] = [
  {
    key: "benkeprat-bragernes",
    title: "På krakk med ordføreren på Bragernes torg",
    description:
      "Ordføreren og lederen av hovedutvalget for helse, sosial og omsorg sitter på en benk på torget. Alle som går forbi kan sette seg ned og fortelle hva som er bra, og hva som bekymrer dem, med å bli eldre i Drammen.",
    methodSlug: "benkeprat",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-08-28",
    from: "11:00",
    to: "13:00",
    place: "Bragernes torg",
    districtName: "Bragernes",
    isOnline: false,
    politicianCapacity: 2,
    isPublic: true,
    status: "DONE",
    targetGroupNames: ["Eldre hjemmeboende", "Innbyggere som sjelden engasjerer seg"],
  },
  {
    key: "institusjonsbesok-gulskogen",
    title: "Besøk på dagsenteret for personer med demens på Gulskogen",
    description:
      "Politikerne møter brukere, pårørende og ansatte på dagsenteret og hører hva som fungerer i hverdagen. Besøket er ikke åpent for publikum av hensyn til brukerne; pårørende er invitert via brukerrådet.",
    methodSlug: "institusjonsbesok",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-09-10",
    from: "13:00",
    to: "15:00",
    place: "Dagsenteret for personer med demens, Gulskogen",
    districtName: "Gulskogen",
    isOnline: false,
    politicianCapacity: 4,
    isPublic: false,
    status: "DONE",
    targetGroupNames: ["Pårørende", "Ansatte i helse og omsorg", "Eldre hjemmeboende"],
  },
  {
    key: "book-en-politiker-biblioteket",
    title: "Book en politiker på Drammensbiblioteket",
    description:
      "Book 20 minutter på tomannshånd med en folkevalgt, eller kom innom hvis det er ledig. Seks politikere fra ulike partier er til stede og vil høre om hverdagen din, om tjenestene og om det du savner.",
    methodSlug: "book-en-politiker",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-09-16",
    from: "16:00",
    to: "19:00",
    place: "Drammensbiblioteket, Papirbredden",
    districtName: "Strømsø",
    isOnline: false,
    politicianCapacity: 6,
    isPublic: true,
    status: "DONE",
    targetGroupNames: ["Innbyggere som sjelden engasjerer seg", "Pårørende", "Frivillige organisasjoner"],
  },
  {
    key: "naermiljokonferanse-fjell",
    title: "Nærmiljøkonferanse på Fjell",
    description:
      "Beboere, lag, skolen og tjenestene på Fjell ser sammen på hva som er bra, hva som er vanskelig og hva de håper på for bydelen. Det er tolk, barnepass og lunsj.",
    methodSlug: "naermiljokonferanse",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-09-27",
    from: "11:00",
    to: "15:00",
    place: "Fjell skole",
    districtName: "Fjell",
    isOnline: false,
    politicianCapacity: 8,
    isPublic: true,
    status: "DONE",
    targetGroupNames: ["Innvandrere/nyankomne", "Barnefamilier med lav inntekt", "Ungdom", "Frivillige organisasjoner"],
  },
  {
    key: "gjestebud-mjondalen",
    title: "Gjestebud i Mjøndalen: kaffe og prat om å bo hjemme lenge",
    description:
      "En innbygger inviterer naboer og venner hjem for å snakke om hva som skal til for å bo trygt hjemme lenge. To politikere kan være med som gjester og lytte; verten sender svarene til kommunen etterpå.",
    methodSlug: "gjestebud",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-10-15",
    from: "18:00",
    to: "20:30",
    place: "Hjemme hos verten i Mjøndalen (adressen sendes til påmeldte)",
    districtName: "Mjøndalen",
    isOnline: false,
    politicianCapacity: 2,
    isPublic: false,
    status: "OPEN",
    targetGroupNames: ["Eldre hjemmeboende", "Pårørende"],
  },
  {
    key: "innbyggerpanel-aldersvennlig",
    title: "Digitalt møte med innbyggerpanelet om aldersvennlig Drammen",
    description:
      "Panelet har svart på en kort undersøkelse om hva som gjør Drammen til et godt sted å bli eldre. På møtet presenteres svarene, og politikerne kan spørre panelet om hvorfor.",
    methodSlug: "innbyggerpanel",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-10-21",
    from: "19:00",
    to: "20:30",
    place: "Digitalt møte (lenke sendes til panelet)",
    districtName: null,
    isOnline: true,
    politicianCapacity: 3,
    isPublic: false,
    status: "OPEN",
    targetGroupNames: ["Eldre hjemmeboende", "Ungdom", "Innbyggere som sjelden engasjerer seg"],
  },
  {
    key: "dialogmote-radene",
    title: "Dialogmøte med eldrerådet, rådet for personer med funksjonsnedsettelse og ungdomsrådet",
    description:
      "De tre lovpålagte rådene møter politikerne for å snakke om behov og håp på tvers av generasjoner. Møtet er åpent for tilhørere, og lokalet er universelt utformet.",
    methodSlug: "dialogmote",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-11-04",
    from: "17:00",
    to: "19:00",
    place: "Drammen rådhus",
    districtName: "Bragernes",
    isOnline: false,
    politicianCapacity: 10,
    isPublic: true,
    status: "OPEN",
    targetGroupNames: ["De lovpålagte rådene", "Personer med funksjonsnedsettelse", "Ungdom"],
  },
  {
    key: "temakveld-matkultur-assiden",
    title: "Temakveld om matkultur på Åssiden",
    description:
      "En kveld der alle skal føle seg velkomne, med mat fra ulike kulturer i sentrum og samtaler rundt bordene om hva som gjør at man hører til. Laget sammen med innvandrerorganisasjoner; påmeldingen åpner når programmet er klart.",
    methodSlug: "temakveld-matkultur",
    phasePosition: DEMRE_PHASE.INSIGHT,
    date: "2025-11-12",
    from: "17:30",
    to: "20:00",
    place: "Åssiden kirke, menighetssalen",
    districtName: "Åssiden",
    isOnline: false,
    politicianCapacity: 6,
    isPublic: true,
    status: "PLANNED",
    targetGroupNames: ["Innvandrere/nyankomne", "Barnefamilier med lav inntekt", "Humanitære organisasjoner"],
  },
];

/** DEMRE's activities with dates moved so DONE ones are past and OPEN/PLANNED ones ahead. */
export function demreActivities(today: Date): DemoActivity[] {
  const days = demoShiftDays(today);
  return ACTIVITIES.map(({ date, from, to, ...rest }) => {
    const day = shiftIsoDate(date, days);
    return { ...rest, startsAt: osloDateTime(day, from), endsAt: osloDateTime(day, to) };
  });
}
