// The knowledge base's starting topic taxonomy: the topic slugs used in
// ../shared/data/innspill-eksempel.csv, with Norwegian names.
export interface DemoTopic {
  slug: string;
  name: string;
  /** Short Norwegian description shown on the topics page. */
  description: string;
}

export const TOPICS = [
  { slug: "transport", name: "Transport og kollektiv", description: "Buss, tog, veier, parkering og å komme seg fram." },
  { slug: "bolig", name: "Bolig", description: "Å bo trygt og godt: boligtyper, tilpasning og pris." },
  { slug: "ensomhet", name: "Ensomhet", description: "Å være alene uten å ønske det, og det som hjelper." },
  { slug: "helsetjenester", name: "Helsetjenester", description: "Lege, legevakt, sykehus og andre helsetilbud." },
  { slug: "hjemmetjenester", name: "Hjemmetjenester", description: "Hjemmesykepleie, praktisk bistand og hjelp i eget hjem." },
  { slug: "demens", name: "Demens", description: "Demens, utredning, dagtilbud og hjelp til de som rammes." },
  { slug: "parorende", name: "Pårørende", description: "De som hjelper noen de står nær, og avlastning for dem." },
  { slug: "digitalisering", name: "Digitalisering", description: "Digitale tjenester, verktøy og hjelp til å bruke dem." },
  { slug: "aktivitet", name: "Aktivitet og fritid", description: "Fysisk aktivitet, hobbyer og ting å gjøre på fritida." },
  { slug: "moteplasser", name: "Møteplasser", description: "Steder og tilbud der folk møtes." },
  { slug: "frivillighet", name: "Frivillighet", description: "Frivillig innsats, lag og foreninger." },
  { slug: "okonomi", name: "Økonomi", description: "Privatøkonomi, priser, egenandeler og kommunens penger." },
  { slug: "arbeid", name: "Arbeid", description: "Jobb, arbeidstrening og overgangen til pensjon." },
  { slug: "utdanning", name: "Utdanning", description: "Skole, kurs og læring gjennom livet." },
  { slug: "ungdom", name: "Ungdom", description: "Det som gjelder unge spesielt." },
  { slug: "barn", name: "Barn", description: "Det som gjelder barn og familier med barn." },
  { slug: "psykisk-helse", name: "Psykisk helse", description: "Psykisk helse, rådgivning og behandling." },
  { slug: "rus", name: "Rus", description: "Rusbruk, forebygging og hjelp." },
  { slug: "integrering", name: "Integrering", description: "Å bli en del av lokalsamfunnet for nye innbyggere." },
  { slug: "sprak", name: "Språk", description: "Språk, tolk og informasjon på flere språk." },
  { slug: "trygghet", name: "Trygghet", description: "Å føle seg trygg hjemme, ute og på nett." },
  { slug: "universell-utforming", name: "Universell utforming", description: "Tilgjengelighet for alle, uansett funksjonsevne." },
  { slug: "natur-friluft", name: "Natur og friluftsliv", description: "Turområder, parker, natur og friluftsliv." },
  { slug: "kultur", name: "Kultur", description: "Kulturtilbud, bibliotek, arrangementer og kunst." },
  { slug: "informasjon", name: "Informasjon", description: "Å få vite hva som skjer og hvor man finner hjelp." },
  { slug: "medvirkning", name: "Medvirkning", description: "Å bli hørt og få være med og bestemme." },
] as const satisfies readonly DemoTopic[];
