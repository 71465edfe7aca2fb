// The Snowball Norwegian stemmer (snowballstem.org/algorithms/norwegian), ported so the app
// stems documents and queries identically without dictionaries on the database server.
// Input: one lower-cased word. Output: its stem.

const VOWELS = "aeiouyæåø";
const S_ENDING = "bcdfghjlmnoprtvyz";

const MAIN_SUFFIXES = [
  "hetenes",
  "hetene",
  "hetens",
  "heten",
  "heter",
  "endes",
  "ande",
  "ende",
  "edes",
  "enes",
  "erte",
  "ede",
  "ane",
  "ene",
  "ens",
  "ers",
  "ets",
  "het",
  "ast",
  "ert",
  "en",
  "ar",
  "er",
  "as",
  "es",
  "et",
  "a",
  "e",
  "s",
];
const OTHER_SUFFIXES = ["hetslov", "eleg", "elig", "elov", "slov", "leg", "eig", "lig", "els", "lov", "ig"];

const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Start of R1: after the first non-vowel that follows a vowel, but at least 3 letters in. */
function regionOne(w: string): number {
  if (w.length < 3) return w.length;
  let i = 0;
  while (i < w.length && !isVowel(w[i])) i++;
  while (i < w.length && isVowel(w[i])) i++;
  if (i >= w.length) return w.length;
  return Math.max(i + 1, 3);
}

/** Longest suffix from the list (lists are sorted longest first) that lies inside R1. */
function findSuffix(w: string, p1: number, suffixes: string[]): string | null {
  for (const s of suffixes) if (w.length - s.length >= p1 && w.endsWith(s)) return s;
  return null;
}

export function stem(word: string): string {
  let w = word;
  const p1 = regionOne(w);
  if (p1 >= w.length) return w;

  const main = findSuffix(w, p1, MAIN_SUFFIXES);
  if (main === "erte" || main === "ert") w = w.slice(0, -main.length) + "er";
  else if (main === "s") {
    const before = w[w.length - 2];
    const kAfterConsonant = before === "k" && w.length >= 3 && !isVowel(w[w.length - 3]);
    if ((before !== undefined && S_ENDING.includes(before)) || kAfterConsonant) w = w.slice(0, -1);
  } else if (main) w = w.slice(0, -main.length);

  if (w.length - 2 >= p1 && (w.endsWith("dt") || w.endsWith("vt"))) w = w.slice(0, -1);

  const other = findSuffix(w, p1, OTHER_SUFFIXES);
  if (other) w = w.slice(0, -other.length);
  return w;
}
