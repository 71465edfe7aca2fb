// The CSV format the importer reads: the sample file's columns (../shared/data/README.md)
// and the values people write in them — the sample's codes and plain Norwegian words.
import type { InputCategory, InputChannel, InputLanguage } from "@/generated/prisma/enums";

/** Every column the importer knows; only `text` is required. Any other column is an error. */
export const IMPORT_COLUMNS = [
  "id",
  "text",
  "insight_category",
  "thematic_plan",
  "topics",
  "target_group",
  "district",
  "channel",
  "language",
  "abusive",
  "dup_of",
  "date",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Channels an administrator types inputs in from (the default for rows without `channel`). */
export const IMPORT_DEFAULT_CHANNELS = ["PAPER", "EMAIL", "PHONE", "OTHER"] as const satisfies readonly InputChannel[];

export const MAX_TEXT_LENGTH = 10_000;
export const MAX_ROWS = 5_000;
/** About 5 MB of text: a generous paper-form backlog, small enough to validate in one request. */
export const MAX_CSV_CHARS = 5_000_000;

const key = (v: string) => v.trim().toLowerCase();

// Sample codes (KVALITET …), the app's own enum names, and plain words as typed by hand.
const CATEGORY_WORDS: Record<string, InputCategory> = {
  kvalitet: "QUALITY",
  kvaliteter: "QUALITY",
  quality: "QUALITY",
  eksisterende: "EXISTING",
  finnes: "EXISTING",
  "det som finnes": "EXISTING",
  existing: "EXISTING",
  utfordring: "CHALLENGE",
  utfordringer: "CHALLENGE",
  bekymring: "CHALLENGE",
  challenge: "CHALLENGE",
  behov: "NEED",
  need: "NEED",
  haap: "HOPE",
  håp: "HOPE",
  hope: "HOPE",
  viktigst: "MOST_IMPORTANT",
  most_important: "MOST_IMPORTANT",
  mulighet: "POSSIBILITY",
  muligheter: "POSSIBILITY",
  possibility: "POSSIBILITY",
  råd: "ADVICE",
  raad: "ADVICE",
  advice: "ADVICE",
};
export const parseCategory = (v: string): InputCategory | undefined => CATEGORY_WORDS[key(v)];

// Channel words; any other value is looked up as a method slug (benkeprat, gjestebud …),
// which makes the input an ACTIVITY input with that method, as in the sample.
const CHANNEL_WORDS: Record<string, InputChannel> = {
  skjema: "FORM",
  form: "FORM",
  epost: "EMAIL",
  "e-post": "EMAIL",
  email: "EMAIL",
  "e-mail": "EMAIL",
  papir: "PAPER",
  paper: "PAPER",
  telefon: "PHONE",
  phone: "PHONE",
  annet: "OTHER",
  other: "OTHER",
  aktivitet: "ACTIVITY",
  activity: "ACTIVITY",
};
export const parseChannelWord = (v: string): InputChannel | undefined => CHANNEL_WORDS[key(v)];

const LANGUAGES = new Set<string>(["nb", "nn", "en", "pl", "ar", "so", "uk", "mixed", "other"]);
const LANGUAGE_WORDS: Record<string, InputLanguage> = {
  bokmål: "nb",
  nynorsk: "nn",
  engelsk: "en",
  english: "en",
  polsk: "pl",
  arabisk: "ar",
  somali: "so",
  ukrainsk: "uk",
  blandet: "mixed",
  annet: "other",
};
export function parseLanguage(v: string): InputLanguage | undefined {
  const k = key(v);
  if (k === "") return "nb";
  return LANGUAGES.has(k) ? (k as InputLanguage) : LANGUAGE_WORDS[k];
}

const YES = new Set(["1", "ja", "yes", "true", "x"]);
const NO = new Set(["", "0", "nei", "no", "false"]);
export function parseFlag(v: string): boolean | undefined {
  const k = key(v);
  return YES.has(k) ? true : NO.has(k) ? false : undefined;
}

// The sample's plan codes; anything else must be a thematic plan's slug or name.
export const THEMATIC_PLAN_CODES: Record<string, readonly string[]> = {
  aldersvennlig: ["aldersvennlig"],
  folkehelse: ["folkehelse"],
  begge: ["aldersvennlig", "folkehelse"],
};

/** "a|b" lists (topics, thematic plans); blanks dropped. */
export const splitList = (v: string) =>
  v
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);

/** Norwegian Excel saves CSV with ";" — pick it when the header line has more ";" than ",". */
export function detectDelimiter(text: string): "," | ";" {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}
