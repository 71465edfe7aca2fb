// Norwegian text → lemmas, shared by search (documents AND queries, so both sides always meet),
// suggestions, duplicates and snippets. Pure and synchronous; a bounded memo keeps a million
// texts fast because the vocabulary is far smaller than the text.
//
// Per word: lower-case → fold accents (é→e, not æøå) → English/nynorsk → bokmål → stop word?
// → Snowball stem → nynorsk compound tails → undouble a final consonant (the Snowball stemmer
// leaves "sykehjemm" from "sykehjemmet") → fold æ→ae, ø→o, å→a last, so "stromso" meets "Strømsø".
import { ENGLISH_PHRASES, ENGLISH_WORDS, NYNORSK_PARTS, NYNORSK_STEM_TAILS, NYNORSK_WORDS, STOP_WORDS } from "./dictionaries";
import { stem } from "./stemmer";

export type Token = { word: string; start: number; end: number };

/** Words of a text with their positions in the original string (for snippets). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const PLAIN = /^[a-z0-9æøå]*$/;
const CONSONANTS = "bcdfghjklmnpqrstvwxz";
const MAX_MEMO = 200_000;
let memo = new Map<string, string>();

/** Accents away, but æ, ø and å stay (they are vowels to the stemmer and folded after it). */
function foldAccents(w: string): string {
  if (PLAIN.test(w)) return w;
  return w
    .replace(/[æøå]/g, (c) => ({ æ: "\u0001", ø: "\u0002", å: "\u0003" })[c]!)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u0001\u0002\u0003]/g, (c) => ({ "\u0001": "æ", "\u0002": "ø", "\u0003": "å" })[c]!);
}

/** "heimetenesta" → "hjemmetjenesta": nynorsk parts at the start of a word, chained. */
function mapNynorskParts(w: string): string {
  let out = "";
  let rest = w;
  for (;;) {
    const part = NYNORSK_PARTS.find(([nn]) => rest.startsWith(nn) && rest.length > nn.length);
    if (!part) return out + rest;
    out += part[1];
    rest = rest.slice(part[0].length);
  }
}

function mapStemTail(s: string): string {
  for (const [nn, nb] of NYNORSK_STEM_TAILS) if (s.endsWith(nn)) return s.slice(0, -nn.length) + nb;
  return s;
}

function undouble(s: string): string {
  const n = s.length;
  return n > 3 && s[n - 1] === s[n - 2] && CONSONANTS.includes(s[n - 1]!) ? s.slice(0, -1) : s;
}

function foldNorwegian(s: string): string {
  return s.replace(/æ/g, "ae").replace(/[øö]/g, "o").replace(/å/g, "a").replace(/aa/g, "a");
}

function computeLemma(word: string): string {
  let w = foldAccents(word.toLowerCase());
  if (STOP_WORDS.has(w)) return "";
  w = ENGLISH_WORDS[w] ?? NYNORSK_WORDS[w] ?? mapNynorskParts(w);
  if (STOP_WORDS.has(w)) return "";
  if (w.length < 2 && !/\d/.test(w)) return "";
  return foldNorwegian(undouble(mapStemTail(stem(w))));
}

/** One word → its lemma ("" for a stop word). */
export function lemma(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const out = computeLemma(word);
  if (memo.size >= MAX_MEMO) memo = new Map();
  memo.set(word, out);
  return out;
}

export type LemmaToken = Token & { lemma: string; phraseTail?: true };

/** Each token with its lemma; both words of a known English phrase ("nursing home") get the phrase's lemma. */
export function lemmaTokens(text: string): LemmaToken[] {
  const tokens = tokenize(text);
  const out: LemmaToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const phrase = next && ENGLISH_PHRASES[`${t.word.toLowerCase()} ${next.word.toLowerCase()}`];
    if (phrase) {
      const l = lemma(phrase);
      out.push({ ...t, lemma: l }, { ...next, lemma: l, phraseTail: true });
      i++;
    } else out.push({ ...t, lemma: lemma(t.word) });
  }
  return out;
}

const PHRASE_STARTS = new Set(Object.keys(ENGLISH_PHRASES).map((p) => p.split(" ")[0]!));
const WORD = /[\p{L}\p{N}]+/gu;

/** The lemma sequence of a text, stop words dropped (a phrase counts once). Hot path: no token objects. */
export function lemmas(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let pending: string | null = null; // lower-cased first word of a possible phrase
  while ((m = WORD.exec(text))) {
    const word = m[0];
    if (pending !== null) {
      const phrase = ENGLISH_PHRASES[`${pending} ${word.toLowerCase()}`];
      pending = null;
      if (phrase) {
        out[out.length - 1] = lemma(phrase);
        if (!out[out.length - 1]) out.pop();
        continue;
      }
    }
    const l = lemma(word);
    if (PHRASE_STARTS.has(word.toLowerCase())) {
      pending = word.toLowerCase();
      out.push(l); // replaced above if the next word completes a phrase
      continue;
    }
    if (l) out.push(l);
  }
  return out.filter(Boolean);
}

/** What is stored in input.search_lemmas (the tsvector is generated from it). */
export function searchLemmas(text: string): string {
  return lemmas(text).join(" ");
}
