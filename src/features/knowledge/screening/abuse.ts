// Likely abuse: insults, threats and hate, in bokmål, nynorsk and English. A lexicon of stems
// (matched at the start of a word, so inflections and compound heads match) plus phrase
// patterns for threats and "go home"-type hate. Tuned for recall: a human reviews every hold,
// so a false alarm costs a click while a miss can publish abuse.
// Fast on purpose (it runs for every one of a million generated inputs): words are looked up
// in sets, and each phrase pattern runs only when one of its trigger words is in the text.

// Insults and swearing: word starts that are (almost) never neutral in a citizen's input.
const STEMS = [
  "idiot",
  "idjot",
  "tulling",
  "tullebukk",
  "tosk",
  "fjols",
  "kjeltring",
  "løgner",
  "løgnar",
  "lygar",
  "svindler",
  "bedrager",
  "drittsekk",
  "drittkommun",
  "drittpolitiker",
  "møkkakommun",
  "møkkapolitiker",
  "jævl",
  "jævel",
  "djevl",
  "faen",
  "fanden",
  "satans",
  "forbanna",
  "forbannede",
  "hjernedød",
  "evneveik",
  "åndssvak",
  "åndsvak",
  "imbesil",
  "kretin",
  "mongo",
  "dumskall",
  "dumming",
  "udugelig",
  "kjerring",
  "hore",
  "fitte",
  "kukhue",
  "rasshøl",
  "rævhøl",
  "drittunge",
  "snylter",
  "parasitt",
  "feiging",
  // hate: slurs and contemptuous compounds
  "neger",
  "svarting",
  "pakkis",
  "sandneger",
  "hijabkjerring",
  "muslimsvin",
  "sigøynerpakk",
  "innvandrerpakk",
  "utlendingpakk",
  "utlendingspakk",
  "politikerpakk",
  "muslimpakk",
  "narkomanpakk",
  "ruspakk",
  "somalipakk",
  "flyktningpakk",
  "asylpakk",
  "homsepakk",
  // English
  "moron",
  "bastard",
  "asshole",
  "arsehole",
  "fuck",
  "shit",
  "cunt",
  "dickhead",
  "liar",
  "crook",
  "scum",
  "nigger",
  "nigga",
  "faggot",
  "retard",
  "towelhead",
  "subhuman",
  "untermensch",
  "vermin",
];
// Whole words only: as word starts they would hit innocent longer words.
const EXACT = new Set(["svin", "svina", "svinet", "tomsing", "tufs", "kuk", "pikk", "dritt", "ræv", "ræva", "idiots", "fools", "clowns", "paki", "pakis"]);
// Two-word insults: first word → starts of the second word.
const PAIRS = new Map<string, string[]>([
  ["dumme", ["jævl", "politiker", "byråkrat", "ku", "kjerring", "folk", "gubb"]],
  ["feig", ["løgner"]],
  ["feige", ["jævl", "løgner", "politiker"]],
  ["inkompetente", ["idiot", "jævl", "politiker", "byråkrat"]],
  ["skam", ["deg", "dykk"]],
  ["stupid", ["idiot", "politician", "people", "bastard", "bureaucrat", "council"]],
  ["useless", ["idiot", "bunch", "politician", "clown"]],
  ["incompetent", ["idiot", "fool", "clown"]],
]);
const STEM_SET = new Set(STEMS);
const STEM_MIN = Math.min(...STEMS.map((s) => s.length));
const STEM_MAX = Math.max(...STEMS.map((s) => s.length));

const B = String.raw`(?<![\p{L}\p{N}])`; // start of a word (\b is ASCII-only in JS)
const E = String.raw`(?![\p{L}])`; // end of a word
const GROUP_WORDS = [
  "innvandrer",
  "utlending",
  "muslim",
  "somalier",
  "polakk",
  "flyktning",
  "asylsøker",
  "sigøyner",
  "romfolk",
  "jøde",
  "homofil",
  "homse",
  "svart",
  "afrikaner",
  "araber",
  "immigrant",
  "refugee",
  "foreigner",
  "jew",
  "gay",
];
const GROUPS = String.raw`(?:${GROUP_WORDS.join("|")})\p{L}*`;

// [trigger substrings, pattern over the lower-cased text]
const PHRASES: [string[], string][] = [
  // "burde skytes", "bør henges", "skulle vært skutt", "burde skytast"
  [
    ["skyt", "skut", "heng", "drep", "bank", "brenn", "avliv", "avrett"],
    String.raw`${B}(?:burde|bør|skulle|skal|må)\s+(?:\p{L}+\s+){0,2}(?:bli\s+|vært\s+|verte\s+)?(?:skytes|skutt|skytast|henges|hengt|hengjast|drepes|drept|drepast|bankes|banka|banket|brennes|avlives|avrettes)${E}`,
  ],
  // "jeg skal drepe dere", "vi kommer til å knuse deg", "I will kill you"
  [
    ["drep", "skyt", "bank", "knus", "slå", "livet", "fyr", "brenn", "kill", "shoot", "hurt", "beat", "burn"],
    String.raw`${B}(?:jeg|eg|vi|me|i|we)\s+(?:skal|kommer til å|kjem til å|vil|will|am going to|'ll)\s+(?:\p{L}+\s+){0,2}(?:drepe|skyte|banke|knuse|slå|ta livet av|sette fyr på|brenne|kill|shoot|hurt|beat|burn)\s+(?:\p{L}+\s+)?(?:dere|deg|dykk|han|henne|dem|you|them|him|her|ordfører|politiker|rådhus)`,
  ],
  // "hvis dere stenger skolen, brenner jeg ned rådhuset"
  [
    ["brenn", "spreng", "fyr på", "burn down", "blow up"],
    String.raw`${B}(?:brenne|brenner|sprenge|sprenger|setter|sette)\s+(?:jeg|vi|eg|me)?\s*(?:ned|i lufta|fyr på)\s+(?:\p{L}+\s+)?(?:rådhus|kommunehus|hus|hjem|skole|kontor|bil)|${B}(?:burn|blow)\s+(?:down|up)\s+(?:the|your)\s`,
  ],
  [
    ["vet hvor", "veit kvar", "veit hvor", "know where"],
    String.raw`${B}(?:vet|veit|know)\s+(?:hvor|kvar|where)\s+(?:du|dere|de|dykk|han|hun|ho|you|they|he|she)\s+(?:\p{L}+\s+){0,2}(?:bor|bur|lives?)${E}`,
  ],
  // "dere skal få merke det", "skal få svi", "kommer til å angre"
  [
    ["merke det", "svi", "betale for", "angre", "kjenne det", "unngjelde"],
    String.raw`${B}(?:skal|kommer til å|kjem til å)\s+(?:\p{L}+\s+)?(?:få\s+)?(?:merke det|svi|betale for det|angre|kjenne det|unngjelde)`,
  ],
  [
    ["utenfor", "utanfor"],
    String.raw`${B}(?:utenfor|utanfor)\s+(?:døra|døren|huset|vinduet|heimen|hjemmet)\s+(?:deres|din|di|ditt|dykkar|hans|hennes|hennar)${E}`,
  ],
  [["skulder"], String.raw`${B}(?:se|sjå)\s+(?:dere|deg|dykk)\s+over\s+skulder`],
  // wishing harm: "håper dere får kreft", "fortjener å dø"
  [
    ["håper", "ønsker", "hope", "wish", "fortjener", "fortener", "deserve", "livet av", "kill", "should be", "watch your", "you'll", "you will", "know where"],
    String.raw`${B}(?:håper|ønsker|hope|wish)\s+(?:at\s+)?(?:du|dere|dykk|han|hun|ho|de|alle|you|they)\s+(?:\p{L}+\s+){0,2}(?:får kreft|dør|døyr|dauer|råtner|die|rot|get cancer)${E}|${B}(?:fortjener|fortener|deserves?)\s+(?:å\s+|to\s+)?(?:dø|døy|die)${E}|${B}ta livet av\s+(?:deg|dere|dykk|han|henne|dem|ordfører)|${B}(?:kill (?:you|them|him|her|all|every)|should be (?:shot|hanged|killed)|watch your back|you(?:'ll| will) (?:pay|regret)|i know where you live)`,
  ],
  // "dra hjem til landet ditt", "reis hjem", "send dem ut", "go back to your country"
  [
    [
      "hjem til",
      "heim til",
      "tilbake til",
      "hjem dit",
      "hjem der",
      "dra hjem",
      "reis hjem",
      "fly hjem",
      "dra heim",
      "reis heim",
      "far heim",
      "back to",
      "back where",
      "ut av",
      "ut med",
      "kast ut",
      "vekk med",
      "rid of",
      "send ",
    ],
    String.raw`${B}(?:dra|reis|far|fly|kom dere|kom deg)\s+(?:\p{L}+\s+)?(?:hjem|heim|tilbake)\s+(?:til|dit|der)${E}|${B}(?:reis|dra|far)\s+(?:hjem|heim)${E}|${B}send\s+(?:dem|de|dei|alle|disse|them)\s+(?:\p{L}+\s+){0,2}(?:hjem|heim|ut|tilbake|back|home|out)${E}|${B}(?:go|get|send)\s+(?:\p{L}+\s+)?back\s+(?:to|where)|${B}(?:kom dere|kom deg|kast dem|kast dei|send dem|få dem|get out)\s+(?:\p{L}+\s+)?(?:ut av|of)\s+(?:landet|norge|byen|kommunen|(?:my|our) country)|${B}(?:ut med|kast ut|vekk med|get rid of)\s+(?:alle\s+|all\s+|the\s+)?${GROUPS}`,
  ],
  // contempt for groups: "innvandrerne er parasitter"
  [
    GROUP_WORDS,
    String.raw`${B}${GROUPS}\s+(?:\p{L}+\s+){0,3}(?:er|is|are)\s+(?:\p{L}+\s+){0,2}(?:parasitter|snyltere|dyr|rotter|pakk|pest|avskum|kriminelle|et problem|animals|rats|parasites|criminals|a plague)${E}`,
  ],
  // Direct address + contempt: "du er så patetisk", "dere er noen korrupte …"
  [
    ["du er", "du e ", "dere er", "dere e ", "dykk er", "de er", "you are", "you're"],
    String.raw`${B}(?:(?:du|dere|dykk|de|you)\s+(?:er|e|are)|you're)\s+(?:en|ei|et|noen|nokre|nokon|bare|så|jo|a|such|so)?\s*(?:\p{L}+\s+)?(?:dum|dumme|teit|teite|patetisk|patetiske|ynkelig|ynkelige|ubrukelig|ubrukelige|feig|feige|useless|pathetic|stupid|disgusting|ekle|ekkel|avskyelig|avskyelige|råtne|korrupte)${E}`,
  ],
];
const PHRASE_RES = PHRASES.map(([triggers, p]) => ({ triggers, re: new RegExp(p, "u") }));

function wordIsAbusive(w: string): boolean {
  if (EXACT.has(w)) return true;
  for (let len = STEM_MIN; len <= Math.min(w.length, STEM_MAX); len++) if (STEM_SET.has(w.slice(0, len))) return true;
  return false;
}

export function isAbusive(text: string): boolean {
  const t = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  const words = t.split(/[^\p{L}]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (wordIsAbusive(w)) return true;
    const next = PAIRS.get(w);
    const after = words[i + 1];
    if (next && after && next.some((s) => after.startsWith(s))) return true;
  }
  return PHRASE_RES.some(({ triggers, re }) => triggers.some((s) => t.includes(s)) && re.test(t));
}
