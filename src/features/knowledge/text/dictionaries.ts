// Word lists for the normalizer. Nynorsk is mapped to bokmål BEFORE stemming so both written
// standards meet ("heimetenesta" ↔ "hjemmetjenesten"); a few English domain words map to their
// Norwegian counterparts so English inputs and queries meet Norwegian ones (and each other).

/** Whole nynorsk words (lower case) → the bokmål word. Inflections the stemmer handles need no entry. */
export const NYNORSK_WORDS: Record<string, string> = {
  eg: "jeg", ikkje: "ikke", inkje: "ikke", kva: "hva", kven: "hvem", kvar: "hver", kvart: "hvert",
  korleis: "hvordan", kvifor: "hvorfor", kvi: "hvorfor", no: "nå", då: "da", ho: "hun", dei: "de", deira: "deres",
  ein: "en", eit: "et", ei: "en", einaste: "eneste", heile: "hele", heilt: "helt", noko: "noe", nokon: "noen",
  nokre: "noen", mykje: "mye", meir: "mer", fleire: "flere", berre: "bare", òg: "også", au: "også",
  difor: "derfor", sidan: "siden", medan: "mens", utan: "uten", saman: "sammen", åleine: "alene",
  aleine: "alene", særs: "svært", tidlegare: "tidligere", seinare: "senere", seint: "sent",
  born: "barn", borna: "barna", borni: "barna", ungane: "ungene", foreldra: "foreldrene", naboane: "naboene",
  bu: "bo", bur: "bor", budd: "bodd", buande: "boende", veg: "vei", vegen: "veien", vegar: "veier", vegane: "veiene",
  tilbod: "tilbud", tilboda: "tilbudene", tilboden: "tilbudet", skule: "skole", skulen: "skolen", skular: "skoler",
  skulane: "skolene", einsemd: "ensomhet", einsemda: "ensomheten", einsam: "ensom", einsame: "ensomme",
  sjuk: "syk", sjuke: "syke", sjukdom: "sykdom", sjukepleiar: "sykepleier", sjukepleiarar: "sykepleiere",
  treng: "trenger", snakka: "snakket", fekk: "fikk",
  gjev: "gir", gje: "gi", gjer: "gjør", gjere: "gjøre", vore: "vært", vere: "være",
  verte: "bli", vert: "blir", vart: "ble", køyre: "kjøre", køyrer: "kjører", køyrde: "kjørte", ete: "spise",
  høyrer: "hører", spurde: "spurte", kjende: "kjent", flytta: "flyttet", slutta: "sluttet", hjelpt: "hjulpet", byggje: "bygge", byggjer: "bygger",
  vidare: "videre", håpar: "håper", elskar: "elsker", likar: "liker", prøvar: "prøver", farleg: "farlig",
  vanskeleg: "vanskelig", moglegheit: "mulighet", moglegheiter: "muligheter", mogleg: "mulig",
  naudsynt: "nødvendig", tryggleik: "trygghet", rørsle: "bevegelse",
  mottaking: "mottakelse", fyrste: "første", gong: "gang", gonger: "ganger", dømes: "eksempel", døme: "eksempel",
  tenesta: "tjenesten", teneste: "tjeneste", tenester: "tjenester", tenestene: "tjenestene",
  heim: "hjem", heime: "hjemme", heimen: "hjemmet", morgon: "morgen",
  morgonen: "morgenen", sumar: "sommer", sommar: "sommer", veke: "uke", veka: "uken",
  veker: "uker", dagar: "dager", ferje: "ferge", kyrkje: "kirke", kyrkja: "kirken",
  lækjar: "lege", lækjarar: "leger", fastlækjar: "fastlege",
  bustad: "bolig", bustader: "boliger", bustadar: "boliger",
  stove: "stue", gate: "gate", gata: "gaten", sykkelveg: "sykkelvei", sykkelvegar: "sykkelveier", gangveg: "gangvei", kvardag: "hverdag",
};

/** Nynorsk word beginnings and compound parts, longest first (so "heime" wins over "heim"). */
export const NYNORSK_PARTS: [string, string][] = [
  ["sjukeheim", "sykehjem"], ["heimeteneste", "hjemmetjeneste"], ["heimetenest", "hjemmetjenest"],
  ["kvardags", "hverdags"], ["kvardag", "hverdag"], ["einsemd", "ensomhet"], ["teneste", "tjeneste"],
  ["tenest", "tjenest"], ["einsam", "ensom"], ["heime", "hjemme"], ["sjuke", "syke"], ["borne", "barne"],
  ["skule", "skole"], ["tilbod", "tilbud"], ["bustad", "bolig"], ["lækjar", "lege"], ["heim", "hjem"],
  ["sjuk", "syk"],
];

/** Stem endings (after stemming) of nynorsk compound tails: "sykkelvegar" → "sykkelveg" → "sykkelvei". */
export const NYNORSK_STEM_TAILS: [string, string][] = [
  ["heim", "hjem"], ["tenest", "tjenest"], ["einsemd", "ensom"], ["tilbod", "tilbud"], ["skul", "skol"],
  ["veg", "vei"], ["lækjar", "leg"], ["bustad", "bolig"],
];

/** English domain words (and two-word phrases) → Norwegian, applied to documents and queries alike. */
export const ENGLISH_WORDS: Record<string, string> = {
  bus: "buss", buses: "buss", loneliness: "ensomhet", lonely: "ensom", elderly: "eldre", older: "eldre",
  children: "barn", child: "barn", kids: "barn", kindergarten: "barnehage", kindergartens: "barnehage",
  school: "skole", schools: "skole", road: "vei", roads: "vei", library: "bibliotek", youth: "ungdom",
  health: "helse", safety: "trygghet", safe: "trygg", playground: "lekeplass", sidewalk: "fortau",
  pavement: "fortau", housing: "bolig", volunteers: "frivillig", volunteer: "frivillig", neighbours: "nabo",
  neighbors: "nabo", neighbour: "nabo", neighbor: "nabo", ferry: "ferge", doctor: "lege", traffic: "trafikk",
  bicycle: "sykkel", bike: "sykkel", cycling: "sykkel", wheelchair: "rullestol", swimming: "bading",
};
export const ENGLISH_PHRASES: Record<string, string> = {
  "nursing home": "sykehjem", "nursing homes": "sykehjem", "care home": "sykehjem", "home care": "hjemmetjeneste",
  "home help": "hjemmetjeneste", "bus stop": "holdeplass", "meeting place": "møteplass", "meeting places": "møteplass",
  "public transport": "kollektivtransport", "health centre": "helsestasjon", "health center": "helsestasjon",
};

/** Stop words (bokmål, nynorsk and a few English), dropped from documents and queries. */
export const STOP_WORDS = new Set(
  (
    "og i jeg det at en et den til er som på de med han av ikke der så var meg seg men ett har om vi min mitt " +
    "ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle " +
    "vil bli ble blei blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for " +
    "deg si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn " +
    "inni mellom vår hver hvem vors hvis både bare enn fordi før også slik vært båe begge siden dykk dykkar " +
    "dei deira deires deim di då eg ein ei eit eitt elles honom hjå ho hoe henne hennar hennes hoss hossen ikkje " +
    "ingi inkje korleis korso kva kvar kvarhelst kven kvi kvifor me medan mi mine mykje no nokon noka nokor noko " +
    "nokre sia sidan so somt somme um upp vere vore verte vort varte vart " +
    "the and of to are was were it this that with has not an on or from"
  ).split(" "),
);
