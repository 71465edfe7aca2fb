// Text → sparse feature counts for the tag classifier, in groups that each head weighs on
// its own (see HEAD_GROUPS in model.ts):
//   w: lemma (from input.search_lemmas, the same normaliser as search)
//   c: character 3–5-grams of each lemma (compounds, inflections the lemmatiser missed,
//      nynorsk and other languages)
//   t/b: words and word bigrams of the folded original text WITH stop words — the insight
//      category lives in "vi trenger", "jeg håper", "er bra", "ikke nok", which lemmas drop
//   q: cue phrases of the insight categories (CUES), counted as features whose weights are
//      still learned from the municipality's own tags
import { CUES } from "./cues";

export type FeatureCounts = Map<string, number>;

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function featureCounts(text: string, lemmaString: string): FeatureCounts {
  const out: FeatureCounts = new Map();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  for (const w of lemmaString.split(/\s+/)) {
    if (w.length < 2 || /^\d+$/.test(w)) continue;
    add(`w:${w}`);
    const padded = ` ${w} `;
    for (let n = 3; n <= 5; n++) for (let s = 0; s + n <= padded.length; s++) add(`c:${padded.slice(s, s + n)}`);
  }
  const folded = fold(text);
  const words = folded.split(" ").filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    add(`t:${words[i]}`);
    if (i > 0) add(`b:${words[i - 1]} ${words[i]}`);
  }
  const spaced = ` ${folded} `;
  for (const [group, cues] of Object.entries(CUES)) {
    for (const cue of cues) {
      for (let at = spaced.indexOf(` ${cue}`); at >= 0; at = spaced.indexOf(` ${cue}`, at + 1)) {
        add(`q:${group}`);
        add(`q:${cue}`);
      }
    }
  }
  return out;
}
