// What a municipality knows before anyone has tagged a single input, turned into a few short
// pseudo-documents the heads learn from alongside the tagged inputs:
//   - the insight categories' definitions (../shared/DOMAIN.md: qualities, what exists / is
//     done / happens, challenges and worries, needs, hopes), written out as typical phrasings;
//   - the topic taxonomy: each topic's name and description (the `tag` table), plus, for the
//     standard topics, words of the domain that belong to them.
// Written from the definitions and general knowledge of municipal services, never from the
// labelled sample. A pseudo-document counts like one tagged input, so with a few hundred
// real tags the municipality's own data dominates.

/** Insight category → short typical phrasings (bokmål, nynorsk, English). */
const CATEGORY_PHRASES: Record<string, readonly string[]> = {
  QUALITY: [
    "jeg liker godt at det er så lett å komme i kontakt",
    "det er godt å bo her, naboene er til stor hjelp",
    "tilbudet betyr mye for meg, det gjør hverdagen bedre",
    "det er bra at vi har dette, det fungerer godt",
    "jeg er veldig fornøyd, de ansatte er flinke og hyggelige",
    "fantastisk tilbud, vi setter stor pris på det",
    "det beste med nabolaget er at folk bryr seg, vi trives her",
    "takk for god hjelp, det har vært til stor glede",
    "det er fint og flott, godt og trygt",
    "eg er nøgd, det er godt og fint her, vi trivst",
    "this is great, we really enjoy it and love it, good and nice",
  ],
  EXISTING: [
    "jeg går på seniorsenteret to ganger i uka",
    "det arrangeres kafé for pårørende en gang i måneden",
    "kommunen har et tilbud med besøksvenn som kommer hjem",
    "hver tirsdag møtes vi på kafeen, det finnes et tilbud",
    "vi har en gruppe som driver med turer hver uke",
    "frivilligsentralen arrangerer kurs og tilbyr hjelp i dag",
    "det er et dagsenter der man kan delta på aktiviteter",
    "i dag bruker vi biblioteket, der holder de åpent på kvelden",
    "kvar onsdag har vi eit tilbod, det finst ein klubb",
    "every week there is a group that runs activities and offers help",
  ],
  CHALLENGE: [
    "det tar alt for lang tid, og ingen svarer når vi ringer",
    "det koster for mye, og det er vanskelig å be om hjelp",
    "mange faller utenfor fordi de ikke vet hvor de skal gå",
    "det er et problem at det er vanskelig å få hjelp",
    "jeg er bekymret og redd, det fungerer ikke og blir verre",
    "det er for lite og for dårlig, ventetiden er for lang",
    "vi sliter med å få det til, det er stengt og for dyrt",
    "ingen hører på oss, vi klarer ikke å komme oss dit",
    "det er vanskeleg, eg er uroa, det er ikkje bra nok",
    "it is difficult, a problem, I worry that it does not work",
  ],
  NEED: [
    "det må bli enklere å få hjelp når man trenger det",
    "vi trenger noen å snakke med og et sted å være",
    "eldre trenger flere benker og bedre belysning",
    "vi trenger flere plasser og mer hjelp",
    "det er behov for et tilbud, det mangler noe her",
    "vi må få bedre tilgang, det bør komme mer",
    "det trengs flere ansatte og mer tid",
    "jeg savner et sted å gå, det er nødvendig med hjelp",
    "vi treng fleire og meir, det er behov for",
    "we need more, there is a lack of help, it is necessary",
  ],
  HOPE: [
    "mitt ønske er at alle skal føle seg velkomne",
    "det ville vært fantastisk om kommunen kunne satse på dette",
    "vi håper kommunen lytter og at det blir et tilbud for oss",
    "jeg håper at det blir bedre i fremtiden",
    "vi ønsker oss et sted der alle kan møtes",
    "jeg drømmer om en by der alle kan bo hjemme lenge",
    "det hadde vært fint om vi kunne få til dette",
    "tenk om vi kunne få et nytt tilbud, jeg ser for meg",
    "eg håpar og ønskjer at det blir betre, eg drøymer om",
    "I hope and wish that in the future we could have this, I dream of",
  ],
};

/** The sample file's Norwegian category codes name the same categories. */
const CATEGORY_ALIASES: Record<string, string> = { KVALITET: "QUALITY", EKSISTERENDE: "EXISTING", UTFORDRING: "CHALLENGE", BEHOV: "NEED", HAAP: "HOPE" };

/** Words of the domain for the standard topics (by slug), added to a topic's name and description. */
const TOPIC_WORDS: Record<string, string> = {
  transport: "buss bussen holdeplass rute kollektivtrafikk tog trikk taxi drosje bil parkering vei fortau sykkel gå kjøre reise tilrettelagt transport TT-kort",
  bolig: "bolig leilighet hus bo borettslag husleie omsorgsbolig seniorbolig flytte heis trapp tilpasset bolig utleie",
  ensomhet: "ensom alene isolert venner savner selskap ingen å snakke med sosial kontakt einsam",
  helsetjenester: "lege fastlege legevakt sykehus helsestasjon sykepleier behandling time helse fysioterapeut tannlege",
  hjemmetjenester: "hjemmesykepleie hjemmetjenesten hjemmehjelp praktisk bistand trygghetsalarm besøk hjemme heimeteneste",
  demens: "demens demenssykdom glemsk hukommelse dagtilbud utredning alzheimer",
  parorende: "pårørende avlastning omsorg for mor far ektefelle pleie slitne pårørande",
  digitalisering: "digital nett internett app pc mobil skjerm bankid innlogging data nettbrett e-post",
  aktivitet: "aktivitet trening turgruppe dans kor hobby fritid idrett svømming trim fysisk aktivitet",
  moteplasser: "møteplass møtested kafé treffsted samlingssted bydelshus senter møtes hus å være",
  frivillighet: "frivillig frivilligsentral lag forening dugnad besøksvenn ideell organisasjon",
  okonomi: "økonomi penger råd pris egenandel dyrt gratis lønn pensjon inntekt fattig billig betale",
  arbeid: "arbeid jobb arbeidsplass nav ansatt sysselsetting arbeidstrening pensjonist praksis",
  utdanning: "skole utdanning kurs læring lærer elev studere opplæring videregående",
  ungdom: "ungdom unge tenåring fritidsklubb ungdomsklubb ungdomsskole ungdommer",
  barn: "barn barnehage familie foreldre unger skolebarn barnefamilier",
  "psykisk-helse": "psykisk helse angst depresjon psykolog rådgivning mestring uhelse",
  rus: "rus alkohol narkotika rusmiddel avhengighet drikke",
  integrering: "integrering innvandrer flyktning nyankommet nye innbyggere inkludering kultur bakgrunn",
  sprak: "språk norsk norskkurs tolk oversatt morsmål språkkafé forstå norsk",
  trygghet: "trygg trygghet utrygg redd lys belysning kriminalitet politi fall svindel",
  "universell-utforming": "universell utforming tilgjengelig rullestol rullator trapp heis kantstein funksjonsnedsettelse",
  "natur-friluft": "natur friluftsliv tur turområde park sti skog elv benk grønt marka",
  kultur: "kultur bibliotek konsert teater kino museum kunst arrangement festival",
  informasjon: "informasjon vite hvor finne oversikt brosjyre nettside kontakt hvem",
  medvirkning: "medvirkning hørt bestemme være med innspill politikere råd eldreråd ungdomsråd demokrati",
};

/** A topic as the municipality keeps it: the label the model predicts, and its words. */
export type TopicInfo = { label: string; slug?: string; name: string; description?: string };
export type Taxonomy = { topics?: readonly TopicInfo[] };
export type PseudoDoc = { text: string; field: "category" | "topics"; label: string };

/** Pseudo-documents for the labels the model is trained on (unknown category codes are left out). */
export function priorDocs(categoryLabels: readonly string[], taxonomy: Taxonomy = {}): PseudoDoc[] {
  const out: PseudoDoc[] = [];
  for (const label of categoryLabels) {
    const phrases = CATEGORY_PHRASES[CATEGORY_ALIASES[label] ?? label];
    for (const text of phrases ?? []) out.push({ text, field: "category", label });
  }
  for (const t of taxonomy.topics ?? []) {
    const words = t.slug ? (TOPIC_WORDS[t.slug] ?? "") : "";
    out.push({ text: [t.name, t.description ?? "", words].join(". "), field: "topics", label: t.label });
  }
  return out;
}
