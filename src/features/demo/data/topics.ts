// The knowledge base's starting topic taxonomy: the topic slugs used in
// ../shared/data/innspill-eksempel.csv, with Norwegian names.
export interface DemoTopic {
  slug: string;
  name: string;
}

export const TOPICS = [
  { slug: "transport", name: "Transport og kollektiv" },
  { slug: "bolig", name: "Bolig" },
  { slug: "ensomhet", name: "Ensomhet" },
  { slug: "helsetjenester", name: "Helsetjenester" },
  { slug: "hjemmetjenester", name: "Hjemmetjenester" },
  { slug: "demens", name: "Demens" },
  { slug: "parorende", name: "Pårørende" },
  { slug: "digitalisering", name: "Digitalisering" },
  { slug: "aktivitet", name: "Aktivitet og fritid" },
  { slug: "moteplasser", name: "Møteplasser" },
  { slug: "frivillighet", name: "Frivillighet" },
  { slug: "okonomi", name: "Økonomi" },
  { slug: "arbeid", name: "Arbeid" },
  { slug: "utdanning", name: "Utdanning" },
  { slug: "ungdom", name: "Ungdom" },
  { slug: "barn", name: "Barn" },
  { slug: "psykisk-helse", name: "Psykisk helse" },
  { slug: "rus", name: "Rus" },
  { slug: "integrering", name: "Integrering" },
  { slug: "sprak", name: "Språk" },
  { slug: "trygghet", name: "Trygghet" },
  { slug: "universell-utforming", name: "Universell utforming" },
  { slug: "natur-friluft", name: "Natur og friluftsliv" },
  { slug: "kultur", name: "Kultur" },
  { slug: "informasjon", name: "Informasjon" },
  { slug: "medvirkning", name: "Medvirkning" },
] as const satisfies readonly DemoTopic[];
