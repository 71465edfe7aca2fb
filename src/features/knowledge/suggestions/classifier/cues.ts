// Word beginnings that signal an insight category (bokmål, nynorsk, English), written from
// the categories' definitions — qualities, what exists, challenges, needs, hopes — not from
// the sample file. They are only features: how much each one counts is learned from what
// the municipality has tagged. A cue matches at the start of a word (" håp" finds "håper").
export const CUES: Record<string, readonly string[]> = {
  hope: ["håp", "ønsk", "drøm", "draum", "gjerne", "forhåpentl", "tenk om", "ser for meg", "fremtid", "framtid", "kunne bli", "hadde vært", "hadde vore", "visjon", "kunne tenke", "skulle ønske", "hadde vært fint", "hadde vore fint", "kanskje", "hope", "wish", "dream", "would love", "future"],
  need: ["trenger", "treng", "behov", "savn", "mangl", "må ha", "må få", "nødvendig", "trengs", "bør", "må bli", "vi vil ha", "ikke nok", "ikkje nok", "for lite", "flere", "fleire", "mer ", "meir", "need", "lack", "missing", "must"],
  challenge: ["problem", "vanskelig", "vanskeleg", "utfordr", "dårlig", "dårleg", "for lite", "for få", "for sjelden", "sliter", "bekymr", "redd", "tør ikke", "farlig", "ventetid", "stengt", "for dyrt", "klarer ikke", "ikke ", "ikkje", "aldri", "ingen", "vondt", "synd", "mangler", "savner", "vanskelig å", "ensom", "verre", "worry", "difficult", "hard", "never", "cannot"],
  quality: ["bra", "fint", "flott", "god ", "godt", "gode", "fornøyd", "setter pris", "set pris", "glad", "trives", "trivst", "fantastisk", "liker", "positiv", "styrke", "heldig", "takk", "fungerer godt", "fungerer bra", "verdifull", "stolt", "beste", "great", "good", "love", "nice", "wonderful", "enjoy"],
  existing: ["finnes", "fins", "driver", "tilbyr", "tilbod", "tilbud", "arrangerer", "holder", "hver ", "kvar ", "møtes", "i dag", "vi har", "det er", "organiser", "deltar", "hver uke", "kvar veke", "pleier", "går på", "er med i", "brukes", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "runs", "offers", "every", "there is"],
};
