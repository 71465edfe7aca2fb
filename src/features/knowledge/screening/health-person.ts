// Health details about a named person ("naboen min, Arne Kristiansen, har schizofreni").
// A person is "named" by a known first name, a First Surname pair, or a capitalised word right
// after a relation ("min mor Ingrid", "my neighbour John"). Health details within a short
// distance of the name make it sensitive (GDPR art. 9) — the name is what gets redacted.
import type { Span } from "./personal-data";

// Common first names in Norway (incl. frequent immigrant names) and English ones.
const FIRST_NAMES = new Set(
  (
    "anne inger kari marit ingrid eva berit astrid bjørg hilde anna solveig marianne randi ida nina maria elisabeth kristin bente heidi silje " +
    "hanne gerd linda ragnhild camilla julie turid mari anita kirsten grete wenche ellen karin sissel laila unni gunn reidun sigrid ruth helga " +
    "else margit jorunn torill emma nora sara sofie thea ingeborg olga agnes ane mona trine lene tove vigdis åse synnøve oddny jenny emilie malin " +
    "martine hege guro kjersti tuva frida vilde maja ella olivia kristine marte hanna mette line lise ragnhild gudrun bodil borghild eli elin " +
    "jan bjørn ole lars kjell knut arne svein hans geir thomas tor terje martin andreas john jon rune trond anders erik einar morten harald olav " +
    "tore rolf kristian helge gunnar leif nils jørgen øyvind magnus espen stian kjetil egil johan ivar roar frode jostein sverre alf asbjørn " +
    "steinar oddvar kåre reidar ragnar sindre eirik henrik jonas emil mathias sander kristoffer petter paul peder sigurd halvor torbjørn håkon " +
    "vidar arild bjarne otto karl carl fredrik ola jakob filip william oskar lukas noah elias isak aksel henning gustav thor tormod gunnar " +
    "ibrahim mohammed mohamed muhammad ahmed ali hassan hussein abdi omar yusuf mustafa fatima amina aisha hawa leyla maryam zainab " +
    "piotr tomasz katarzyna agnieszka krzysztof olena oksana ivan olha dmytro andrii natalia iryna " +
    "james peter david michael sarah emily mary robert richard elizabeth jennifer susan"
  ).split(/\s+/),
);
// Names that are also everyday words: a name only with a surname after them.
const AMBIGUOUS = new Set([
  "per",
  "hans",
  "else",
  "line",
  "eli",
  "liv",
  "mai",
  "dag",
  "bo",
  "even",
  "finn",
  "sol",
  "stein",
  "tone",
  "odd",
  "are",
  "tom",
  "will",
  "mark",
  "frank",
  "rose",
  "may",
  "hope",
  "grace",
]);

const SURNAME_SUFFIX =
  /(?:sen|ssen|son|sson|stad|rud|heim|land|berg|vik|dal|dahl|lie|haug|bakken|nes|seth|set|ås|aas|moen|strand|eng|lund|holm|hagen|vold|voll|gård|gaard|rød|sæther|sether|bråten|myr|li|backe|ova|ski|czyk|enko|uk|ov|ova|ic|ić)$/u;
// Capitalised words that are places or institutions, never people.
const NOT_PEOPLE = new Set(
  (
    "drammen bragernes strømsø åssiden fjell gulskogen konnerud skoger svelvik mjøndalen åskollen tangen danvik brakerøya nav kommunen " +
    "norge norway oslo bergen nes"
  ).split(" "),
);

// Relations after which a capitalised word is a person's name.
const RELATION = String.raw`(?:nabo(?:en)?|naboen min|min nabo|mor(?:a|en)?|far(?:en)?|mamma|pappa|bror(?:en)?|søster(?:en)?|syster|sønn(?:en)?|son(?:en)?|datter(?:en)?|dotter|dottera|kona|kone(?:n)?|mann(?:en)?|svigermor|svigerfar|farmor|farfar|mormor|morfar|bestemor|bestefar|onkel(?:en)?|tante(?:n)?|kollega(?:en)?|venn(?:en|inne|inna)?|kjæreste(?:n)?|samboer(?:en)?|pasient(?:en)?|beboer(?:en)?|neighbou?r|mother|father|mum|mom|dad|brother|sister|son|daughter|wife|husband|friend|colleague|grandma|grandpa|grandmother|grandfather|aunt|uncle)`;
const RELATION_NAME = new RegExp(String.raw`(?<![\p{L}])${RELATION}(?:\s+(?:min|mi|mitt|mine|vår|vårt|våre|hans|hennes|my|our))?,?\s+(\p{L}+)`, "giu");
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const FOLLOWING_SURNAME = /^[ -]\p{Lu}\p{Ll}+/u;
const CAP_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:[ -](\p{Lu}\p{Ll}+))?(?![\p{L}])/gu;

// Health words (stems, bokmål/nynorsk/English) — diagnoses, treatment, addiction, admission.
const HEALTH = new RegExp(
  String.raw`(?<![\p{L}])(?:demen[st]|dement|alzheimer|kreft|cancer|diagnos|schizofren|psykisk(?:e)?\s+(?:syk|sjuk|lidel|ustabil|problem)|psykos|psykotisk|depresj|deprimert|depress|bipolar|` +
    String.raw`rus(?:en|et)?(?![\p{L}])|rusavhengig|rusmisbruk|rusproblem|rusa|ruser|narkoman|alkoholiker|alkoholisme|alkoholproblem|drikker|fyllik|alcoholic|addict|medisin|medikament|medication|` +
    String.raw`(?:hjerne)?slag(?:et)?(?![\p{L}])|stroke|innlagt|innlagd|hospitali[sz]|tvangsinnlagt|kols|diabetes|hiv|aids|epilep|parkinson|adhd|autis|utviklingshemm|psykiatri|` +
    String.raw`selvmord|sjølvmord|suicid|selvskad|spiseforstyrr|anoreksi|bulimi|hjerteinfarkt|infarkt|kreftsyk|dødssyk|terminal|cellegift|cancer|dialyse|hjerneskade|` +
    String.raw`angst|ocd|ptsd|syk(?:dom|e)?(?![\p{L}])|sjuk(?:dom|e)?(?![\p{L}])|sykemeldt|sjukemeld|ufør|mental illness|mentally ill|sick|ill(?![\p{L}])|disease|diagnosed)`,
  "u",
);

// How far (in characters) a health word may be from the name to count as "about" that person.
const WINDOW = 160;

function isName(first: string, second: string | undefined, sentenceStart: boolean): boolean {
  const f = first.toLowerCase();
  if (NOT_PEOPLE.has(f) || (second && NOT_PEOPLE.has(second.toLowerCase()))) return false;
  if (second) return FIRST_NAMES.has(f) || AMBIGUOUS.has(f) || (!sentenceStart && SURNAME_SUFFIX.test(second.toLowerCase()));
  return FIRST_NAMES.has(f) && !AMBIGUOUS.has(f);
}

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?:«"\n]\s*)$/u.test(text.slice(Math.max(0, index - 3), index)) || index === 0;
}

/** Spans of person names that have a health detail nearby. */
export function findNamedHealthPersons(text: string): Span[] {
  const lower = text.toLowerCase();
  // Most inputs name no diagnosis at all: one pass decides that before any name is looked for.
  if (!HEALTH.test(lower)) return [];
  const names: Span[] = [];
  for (const m of text.matchAll(RELATION_NAME)) {
    const first = m[1]!;
    if (!CAPITALISED.test(first) || NOT_PEOPLE.has(first.toLowerCase())) continue;
    const start = m.index + m[0].length - first.length;
    const surname = FOLLOWING_SURNAME.exec(text.slice(start + first.length));
    names.push({ start, end: start + first.length + (surname ? surname[0].length : 0) });
  }
  for (const m of text.matchAll(CAP_PAIR)) {
    if (isName(m[1]!, m[2], atSentenceStart(text, m.index))) names.push({ start: m.index, end: m.index + m[0].length });
  }
  return names.filter((n) => HEALTH.test(lower.slice(Math.max(0, n.start - WINDOW), Math.min(lower.length, n.end + WINDOW))));
}
