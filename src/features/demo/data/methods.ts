// The toolbox (verktøybank): every involvement method named in the source documents
// (DEMRE/Drammen group minutes, Asker, Øvre Eiker, KL). Resource levels are relative
// judgements for a municipality of Drammen's size, meant to be corrected after evaluation.

import type { AudienceSlug } from "./audiences";

export type Level = "LOW" | "MEDIUM" | "HIGH";
export type MethodChannel = "PHYSICAL" | "DIGITAL" | "BOTH";

export interface DemoMethod {
  slug: string;
  name: string;
  description: string;
  howTo: string;
  timeLevel: Level;
  moneyLevel: Level;
  effortLevel: Level;
  typicalSize: string;
  channel: MethodChannel;
  audienceSlugs: readonly AudienceSlug[];
}

export const METHODS = [
  {
    slug: "dialogmote",
    name: "Dialogmøte",
    description:
      "Et møte der politikere og innbyggere, brukere eller organisasjoner snakker sammen om et tema. Fungerer godt med etablerte grupper, men kan oppleves som litt formelt for dem som sjelden deltar.",
    howTo:
      "Inviter i god tid og si konkret hva dere vil høre om. Sett deltakerne ved små bord med én politiker og én som noterer, og avslutt med å fortelle hva som skjer med innspillene.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "20–60 deltakere",
    channel: "PHYSICAL",
    audienceSlugs: ["raad-og-utvalg", "lag-og-foreninger", "frivillige-organisasjoner", "parorende", "eldre-hjemmeboende", "innbyggere-generelt"],
  },
  {
    slug: "book-en-politiker",
    name: "Book en politiker",
    description:
      "Innbyggere bestiller en kort samtale på tomannshånd med en folkevalgt, fysisk eller på video. Viser at kommunestyret har 57 politikere med en ombudsrolle som ønsker kontakt.",
    howTo:
      "Politikerne melder inn ledige tider, og innbyggerne booker 20 minutter via skjema eller telefon. Politikeren noterer innspillene rett etter samtalen, uten sensitive personopplysninger.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "LOW",
    typicalSize: "6–10 samtaler per økt",
    channel: "BOTH",
    audienceSlugs: ["innbyggere-generelt", "eldre-hjemmeboende", "parorende", "brukere-av-tjenester", "ansatte-helse-omsorg", "frivillige-organisasjoner"],
  },
  {
    slug: "benkeprat",
    name: "På krakk med ordføreren (benkeprat)",
    description:
      "Ordføreren, en hovedutvalgsleder eller andre politikere sitter på en benk til fast tid og sted, og alle som går forbi kan sette seg ned og prate. Etter inspirasjon fra Lier kommune.",
    howTo:
      "Velg et sted med mange forbipasserende, som et torg eller et kjøpesenter, og annonser tid og sted lokalt. Ta med skilt, kaffe og en som noterer innspillene.",
    timeLevel: "LOW",
    moneyLevel: "LOW",
    effortLevel: "LOW",
    typicalSize: "10–30 samtaler",
    channel: "PHYSICAL",
    audienceSlugs: ["innbyggere-generelt", "eldre-hjemmeboende", "ungdom"],
  },
  {
    slug: "bydelskonferanse",
    name: "Bydelskonferanse",
    description:
      "En stor samling for en hel bydel eller kommunedel om hvordan området skal utvikle seg. Har tidligere skapt stor deltakelse, med mange aktive i diskusjonen om kommunedelene.",
    howTo:
      "Planlegg sammen med nærutvalget og lokale lag. Bruk korte innledninger og gruppearbeid ved bord, og velg tid og sted som passer både barnefamilier og eldre.",
    timeLevel: "HIGH",
    moneyLevel: "MEDIUM",
    effortLevel: "HIGH",
    typicalSize: "80–200 deltakere",
    channel: "PHYSICAL",
    audienceSlugs: ["innbyggere-generelt", "lag-og-foreninger", "raad-og-utvalg", "naeringsliv", "barnefamilier-lav-inntekt", "eldre-hjemmeboende"],
  },
  {
    slug: "institusjonsbesok",
    name: "Institusjonsbesøk",
    description:
      "Politikerne besøker institusjoner og virksomheter som sykehjem, dagsentre og bofellesskap. En møteplass med lavere terskel, der brukere, pårørende og ansatte lettere kommer i dialog.",
    howTo:
      "Avtal besøket med virksomhetslederen og spør brukerrådet om pårørende kan være med. Kom i små grupper, lytt mer enn dere snakker, og respekter taushetsplikt og personvern.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "LOW",
    typicalSize: "5–20 brukere, pårørende og ansatte",
    channel: "PHYSICAL",
    audienceSlugs: ["eldre-pa-sykehjem", "parorende", "ansatte-helse-omsorg", "funksjonsnedsettelse", "rus-psykisk-helse", "brukere-av-tjenester"],
  },
  {
    slug: "strommet-mote",
    name: "Strømmet politisk møte med spørsmål",
    description:
      "Politiske møter strømmes på nett, og innbyggerne kan stille spørsmål eller gi kommentarer. Gjør de politiske prosessene mer tilgjengelige og møteformen mer interaktiv.",
    howTo: "Sett av en fast spørsmålsrunde i møtet, og la innbyggerne sende spørsmål på forhånd og i chatten. Møtelederen samler spørsmålene og leser dem opp.",
    timeLevel: "LOW",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "20–200 seere",
    channel: "DIGITAL",
    audienceSlugs: ["innbyggere-generelt", "ungdom", "funksjonsnedsettelse", "naeringsliv"],
  },
  {
    slug: "brukerrad",
    name: "Brukerråd",
    description:
      "Et fast råd av brukere og pårørende knyttet til en tjeneste, som gir innspill til planlegging, gjennomføring og evaluering. Gir løpende brukermedvirkning på systemnivå.",
    howTo:
      "Be brukerrådet drøfte spørsmålene fra fasen på et ordinært møte, og send spørsmålene i god tid. Gi rådet tilbakemelding om hvordan innspillene ble brukt.",
    timeLevel: "LOW",
    moneyLevel: "LOW",
    effortLevel: "LOW",
    typicalSize: "6–12 medlemmer",
    channel: "PHYSICAL",
    audienceSlugs: ["brukere-av-tjenester", "parorende", "eldre-pa-sykehjem", "funksjonsnedsettelse", "rus-psykisk-helse"],
  },
  {
    slug: "naerutvalg",
    name: "Nærutvalg",
    description:
      "Nærutvalgene er en direkte link til kommunedelene og det som er viktig for innbyggerne der. De kan ta imot innspill lokalt og involveres i utviklingen av lokalmiljøet.",
    howTo:
      "Be nærutvalget sette temaet på dagsordenen i et åpent møte, gjerne med en politiker til stede. Nærutvalget kan også hjelpe med å nå lag, foreninger og enkeltpersoner i området.",
    timeLevel: "LOW",
    moneyLevel: "LOW",
    effortLevel: "LOW",
    typicalSize: "5–9 medlemmer og åpent publikum",
    channel: "PHYSICAL",
    audienceSlugs: ["raad-og-utvalg", "innbyggere-generelt", "lag-og-foreninger"],
  },
  {
    slug: "arlig-dialogmote-organisasjoner",
    name: "Årlig dialogmøte med store organisasjoner",
    description:
      "Et fast, årlig møte mellom politikere og de største frivillige og ideelle organisasjonene. Gjør det lettere å komme tettere på og å se om tiltakene bidrar til ønsket politikk.",
    howTo:
      "Inviter lederne én gang i året med fast agenda: hva de ser, hva de trenger av kommunen og hva de kan bidra med. Send referat og oppfølgingspunkter etterpå.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "10–30 representanter",
    channel: "PHYSICAL",
    audienceSlugs: ["frivillige-organisasjoner", "lag-og-foreninger"],
  },
  {
    slug: "innbyggerpanel",
    name: "Innbyggerpanel",
    description:
      "Et fast panel av innbyggere som har sagt ja til å svare på korte spørsmål flere ganger i året, på nett eller på samlinger. Gir raskt et bredt bilde, men de som melder seg er ofte allerede engasjerte.",
    howTo:
      "Rekrutter bredt, gjerne med tilfeldig utvalg, og sjekk at panelet speiler befolkningen. Hold hver runde kort og konkret, og fortell panelet hva svarene ble brukt til.",
    timeLevel: "HIGH",
    moneyLevel: "MEDIUM",
    effortLevel: "HIGH",
    typicalSize: "200–1000 panelmedlemmer",
    channel: "BOTH",
    audienceSlugs: ["innbyggere-generelt", "eldre-hjemmeboende", "ungdom", "naeringsliv"],
  },
  {
    slug: "gjestebud",
    name: "Gjestebud",
    description:
      "En innbygger inviterer venner, naboer eller kolleger hjem til en samtale om noen få spørsmål fra kommunen, og sender svarene tilbake. Når folk der de er, i trygge rammer og på eget språk.",
    howTo:
      "Rekrutter verter gjennom lag, foreninger og nærutvalg, og gi dem en enkel pakke med spørsmål, svarskjema og litt til bevertning. Verten kan invitere en politiker som gjest som lytter.",
    timeLevel: "LOW",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "5–12 gjester per gjestebud",
    channel: "PHYSICAL",
    audienceSlugs: ["innvandrere-nyankomne", "eldre-hjemmeboende", "barnefamilier-lav-inntekt", "parorende", "innbyggere-generelt"],
  },
  {
    slug: "naermiljokonferanse",
    name: "Nærmiljøkonferanse",
    description:
      "En konferanse for ett nærmiljø der beboere, lag, skoler og tjenester sammen ser på hva som er bra, hva som er vanskelig og hva de håper på. Fasiliterte prosesser gir mange innspill på kort tid.",
    howTo:
      "Lag programmet sammen med beboere og lokale organisasjoner, og bruk gruppearbeid med faste spørsmål. Tilby tolk, barnepass og mat, slik at flere kan delta.",
    timeLevel: "HIGH",
    moneyLevel: "MEDIUM",
    effortLevel: "HIGH",
    typicalSize: "50–150 deltakere",
    channel: "PHYSICAL",
    audienceSlugs: ["innbyggere-generelt", "innvandrere-nyankomne", "barnefamilier-lav-inntekt", "lag-og-foreninger", "ungdom"],
  },
  {
    slug: "barnetrakk",
    name: "Barnetråkk",
    description:
      "Barn registrerer skoleveien, stedene de bruker og steder de liker eller unngår, i et digitalt kart. Gir kunnskap om barns nærmiljø som ellers er vanskelig å få tak i.",
    howTo:
      "Gjennomføres i skoletiden med én klasse om gangen, ledet av læreren med veiledning fra kommunen. Resultatene samles i kart og drøftes gjerne med elevrådet etterpå.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "Én skoleklasse (20–30 barn)",
    channel: "DIGITAL",
    audienceSlugs: ["barn", "ungdom"],
  },
  {
    slug: "dialoglunsj",
    name: "Dialoglunsj",
    description:
      "En uformell lunsj der politikere og innbyggere spiser sammen og snakker om et tema. Bruker eksisterende arenaer og kontaktflater i stedet for å lage nye.",
    howTo:
      "Legg lunsjen der målgruppen allerede er, for eksempel på et bibliotek, en frivilligsentral eller et dagsenter. Hold gruppen liten, ha ett eller to spørsmål og en som noterer.",
    timeLevel: "LOW",
    moneyLevel: "LOW",
    effortLevel: "LOW",
    typicalSize: "8–20 deltakere",
    channel: "PHYSICAL",
    audienceSlugs: ["frivillige-organisasjoner", "eldre-hjemmeboende", "lag-og-foreninger", "ansatte-helse-omsorg", "naeringsliv"],
  },
  {
    slug: "temakveld-matkultur",
    name: "Temakveld om matkultur",
    description: "En felles arena der alle skal føle seg velkomne, med matkultur i sentrum. Samtalen om temaet skjer rundt bordene, ikke fra en scene.",
    howTo:
      "Samarbeid med innvandrerorganisasjoner, menigheter eller beboere som lager maten. Hold innledningene korte, ha tolker ved bordene og la politikerne sitte spredt blant gjestene.",
    timeLevel: "MEDIUM",
    moneyLevel: "MEDIUM",
    effortLevel: "MEDIUM",
    typicalSize: "30–80 deltakere",
    channel: "PHYSICAL",
    audienceSlugs: ["innvandrere-nyankomne", "barnefamilier-lav-inntekt", "innbyggere-generelt", "frivillige-organisasjoner"],
  },
  {
    slug: "oppsokende-samtale",
    name: "Oppsøkende samtaler",
    description:
      "Politikerne tar selv initiativ og oppsøker grupper kommunen sjelden hører fra, for eksempel innen rusomsorg, psykisk helse og nedsatt funksjonsevne. Det er viktigst å høre dem kommunen ikke klarer å hjelpe.",
    howTo:
      "Gå via lavterskeltilbud, brukerorganisasjoner og ansatte som folk allerede stoler på, og møt få personer om gangen. Avtal på forhånd hva som noteres, og hvordan deltakerne får vite hva som skjer videre.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "2–10 personer per samtale",
    channel: "PHYSICAL",
    audienceSlugs: ["rus-psykisk-helse", "funksjonsnedsettelse", "innvandrere-nyankomne", "barnefamilier-lav-inntekt"],
  },
  {
    slug: "sporreundersokelse",
    name: "Spørreundersøkelse",
    description:
      "Et kort spørreskjema til et bredt utvalg innbyggere, på nett eller papir. Gir tall og sammenligninger, men sier lite om hvorfor folk mener det de mener.",
    howTo:
      "Still få og enkle spørsmål, test skjemaet på noen fra målgruppen først, og tilby det på flere språk og på papir. Kombiner gjerne med samtaler for å forstå svarene.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "100–2000 svar",
    channel: "BOTH",
    audienceSlugs: ["innbyggere-generelt", "ungdom", "eldre-hjemmeboende", "naeringsliv"],
  },
  {
    slug: "brukerundersokelse",
    name: "Brukerundersøkelse («Hva er viktig for deg?»)",
    description:
      "En undersøkelse blant dem som bruker en tjeneste, om hvordan de opplever den og hva som er viktig for dem. Gir brukermedvirkning på både system- og individnivå.",
    howTo:
      "Gjennomfør undersøkelsen i tjenesten, med hjelp fra ansatte eller pårørende til dem som trenger det. Del resultatene med brukerne og fortell hva som blir gjort.",
    timeLevel: "MEDIUM",
    moneyLevel: "LOW",
    effortLevel: "MEDIUM",
    typicalSize: "30–300 svar per tjeneste",
    channel: "BOTH",
    audienceSlugs: ["brukere-av-tjenester", "eldre-pa-sykehjem", "eldre-hjemmeboende", "parorende", "funksjonsnedsettelse"],
  },
  {
    slug: "digitalt-skjema",
    name: "Digitalt innspillskjema",
    description:
      "Et enkelt skjema på nett der alle kan sende innspill når det passer dem, uten å logge inn. Innspillene går rett inn i kunnskapsgrunnlaget, og innsenderen får en kvittering.",
    howTo:
      "Still spørsmålene fra fasen (hva er bra, utfordringer, behov, håp) i klart språk og på flere språk. Del lenken bredt, og vis på nettsiden hva som har skjedd med innspillene.",
    timeLevel: "LOW",
    moneyLevel: "LOW",
    effortLevel: "LOW",
    typicalSize: "Ubegrenset",
    channel: "DIGITAL",
    audienceSlugs: ["innbyggere-generelt", "ungdom", "parorende", "naeringsliv", "frivillige-organisasjoner"],
  },
] as const satisfies readonly DemoMethod[];

export type MethodSlug = (typeof METHODS)[number]["slug"];

/**
 * The example CSV's `channel` values: which method an input came through (null when
 * none, e.g. a plain e-mail) and the Input.channel it becomes.
 */
export const CSV_CHANNELS = {
  skjema: { methodSlug: "digitalt-skjema", inputChannel: "FORM" },
  epost: { methodSlug: null, inputChannel: "EMAIL" },
  "book-en-politiker": { methodSlug: "book-en-politiker", inputChannel: "ACTIVITY" },
  benkeprat: { methodSlug: "benkeprat", inputChannel: "ACTIVITY" },
  gjestebud: { methodSlug: "gjestebud", inputChannel: "ACTIVITY" },
  dialogmote: { methodSlug: "dialogmote", inputChannel: "ACTIVITY" },
  institusjonsbesok: { methodSlug: "institusjonsbesok", inputChannel: "ACTIVITY" },
  innbyggerpanel: { methodSlug: "innbyggerpanel", inputChannel: "ACTIVITY" },
} as const satisfies Record<string, { methodSlug: MethodSlug | null; inputChannel: "FORM" | "EMAIL" | "ACTIVITY" }>;
