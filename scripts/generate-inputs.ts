// `npm run generate:inputs -- --count 1000000 [--seed 42] [--database-url postgres://…]`:
// many realistic inputs for benchmarks and scale tests, into a migrated, demo-seeded database
// (without --database-url: DATABASE_URL, else the local embedded one in .data/pg).
// The texts recombine sentences of the 120 sample inputs (data/innspill-eksempel.csv) with
// swapped districts and target words, inflections, typos, nynorsk rewrites, exact and near
// duplicates and the odd phone number, so search, facets, suggestions and screening meet a
// vocabulary that looks like the real thing. Deterministic for a given seed and demo.
// First, generate-activities.ts tops up the participation side at the same scale (at 1 000 000
// inputs: a full council, 60 target groups, 10 000 activities with sign-ups, 20 000
// evaluations), so inputs recorded at activities and from target groups spread over them.
//
// Fast path: rows are built in Node (lemmas and screening by the app's own arrivalFields)
// and sent 5 000 at a time as arrays (INSERT … SELECT FROM unnest(…)); secondary indexes are
// dropped during a large load and rebuilt after, the search_term trigger is off and the
// vocabulary is filled in one statement, then VACUUM (ANALYZE) so index-only scans work.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { arrivalFields } from "../src/features/knowledge/arrival";
import { parseCsvRecords } from "../src/lib/csv";
import { generateActivities, scaleFor, type ActivityScale } from "./generate-activities";

export type GenerateOptions = {
  count: number;
  seed?: number;
  batchSize?: number;
  /** Drop and rebuild secondary indexes around the load (default: when count ≥ 100 000). */
  rebuildIndexes?: boolean;
  /**
   * First top up representatives, target groups, activities, sign-ups and evaluations
   * (generate-activities.ts) so the inputs spread over them. Default: the bench shape scaled
   * to `count` (10 000 activities, 20 000 evaluations, 60 target groups at 1 000 000); false: none.
   */
  participation?: ActivityScale | false;
  log?: (line: string) => void;
};
export type GenerateResult = { count: number; ms: number; phases: Record<string, number> };

const CSV_FILE = path.resolve(import.meta.dirname, "../src/features/demo/data/innspill-eksempel.csv");
const DAY = 86_400_000;

// ---------------------------------------------------------------- random (seeded, fast)
export function rng(seed: number) {
  let a = seed >>> 0 || 1;
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = next() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  };
  const hex = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[int(16)];
    return s;
  };
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(4)]}${hex(3)}-${hex(12)}`;
  return { next, int, pick, chance, weighted, uuid };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------- vocabulary
const CATEGORY_CODES: Record<string, string> = { KVALITET: "QUALITY", EKSISTERENDE: "EXISTING", UTFORDRING: "CHALLENGE", BEHOV: "NEED", HAAP: "HOPE" };
const INSIGHT_CATEGORIES = ["QUALITY", "EXISTING", "CHALLENGE", "NEED", "HOPE"];
const IDEA_CATEGORIES = ["MOST_IMPORTANT", "POSSIBILITY", "ADVICE"];
const PLAN_CODES: Record<string, string[]> = { ALDERSVENNLIG: ["aldersvennlig"], FOLKEHELSE: ["folkehelse"], BEGGE: ["aldersvennlig", "folkehelse"] };

/** Interchangeable words: one is swapped for another of its group now and then. */
const SWAPS: readonly (readonly string[])[] = [
  ["eldre", "pensjonister", "seniorer", "de eldste"],
  ["ungdom", "ungdommer", "tenåringer", "de unge"],
  ["barn", "ungene", "barna", "småbarn"],
  ["bussen", "bussene", "kollektivtrafikken", "bybussen"],
  ["sykehjem", "sykehjemmet", "sykehjemmene", "omsorgsboligen"],
  ["barnehage", "barnehagen", "barnehagene", "barnehager"],
  ["hjemmetjenesten", "hjemmetjenestene", "hjemmesykepleien", "hjemmehjelpen"],
  ["ensom", "ensomme", "alene", "isolert"],
  ["møteplass", "møteplasser", "møteplassen", "treffsted"],
  ["fritidsklubben", "fritidsklubb", "ungdomsklubben", "klubben"],
  ["biblioteket", "bibliotek", "bydelshuset", "frivilligsentralen"],
  ["kommunen", "Drammen kommune", "kommunen vår", "byen"],
  ["nabo", "naboen", "naboer", "naboene"],
  ["trapper", "trappene", "bratte bakker", "fortauskanter"],
];
const SWAP_INDEX = new Map<string, readonly string[]>();
for (const group of SWAPS) for (const w of group) if (!w.includes(" ")) SWAP_INDEX.set(w, group);

/** A rough bokmål → nynorsk rewrite: enough for nynorsk rows to read (and search) as nynorsk. */
const NYNORSK: Record<string, string> = {
  ikke: "ikkje",
  jeg: "eg",
  hva: "kva",
  hvordan: "korleis",
  hvor: "kvar",
  hvem: "kven",
  bor: "bur",
  hjem: "heim",
  hjemme: "heime",
  kommer: "kjem",
  også: "òg",
  noe: "noko",
  mye: "mykje",
  være: "vere",
  de: "dei",
  dem: "dei",
  sykehjem: "sjukeheim",
  sykehjemmet: "sjukeheimen",
  uke: "veke",
  trenger: "treng",
  skole: "skule",
  skolen: "skulen",
  bare: "berre",
  mer: "meir",
  hjemmetjenesten: "heimetenesta",
  hjemmetjenestene: "heimetenestene",
  eldre: "eldre",
  blir: "blir",
  vært: "vore",
  mange: "mange",
  gjennom: "gjennom",
  kanskje: "kanskje",
  enn: "enn",
  ingen: "ingen",
  fordi: "fordi",
  hvis: "viss",
  syk: "sjuk",
  syke: "sjuke",
  dag: "dag",
  dagen: "dagen",
  gå: "gå",
  går: "går",
  mennesker: "menneske",
  vi: "vi",
  oss: "oss",
  har: "har",
  får: "får",
  bussen: "bussen",
  ensomme: "einsame",
  ensom: "einsam",
  ungdom: "ungdom",
  barna: "borna",
  barn: "born",
  trygt: "trygt",
  sammen: "saman",
  hverandre: "kvarandre",
};
const TYPO_SWAPS: readonly [string, string][] = [
  ["æ", "ae"],
  ["ø", "o"],
  ["å", "aa"],
  ["ø", "oe"],
  ["å", "a"],
];
const OPENERS_NB = ["Hei!", "Hei.", "Til kommunen:", "Innspill:", "Kort sagt:", "", "", "", "", ""];
const ENDINGS_NB = ["", "", "", "", "Takk for at dere spør.", "Håper dere hører på oss.", "Dette haster.", "Mvh en innbygger.", "Enig med de andre her."];
const DUP_PREFIX = ["Enig!", "Som jeg skrev før:", "Igjen:", "Jeg vil gjenta:", ""];
// The standard bands as ages (inputs store the chosen band's ages, issue #16 item 15).
const AGE_BANDS: [number, number][] = [
  [0, 19],
  [20, 39],
  [40, 66],
  [67, 79],
  [80, 120],
];
// A form's own bands (issue #16 item 15), one in ten inputs with an age: the youth and elderly
// presets, and two custom bands that span the population table's bands («Spenner over flere
// aldersgrupper»), so the roll-ups and the representativeness query meet every kind of range.
const OWN_AGE_BANDS: [number, number][] = [
  [13, 15],
  [16, 19],
  [20, 25],
  [60, 66],
  [15, 24],
  [60, 74],
];
const HIDE_REASONS = ["ABUSIVE", "PERSONAL_DATA", "SPAM", "OTHER: dobbeltinnsendt"];
const CHANNELS = [
  ["FORM", 45],
  ["ACTIVITY", 30],
  ["EMAIL", 12],
  ["PAPER", 6],
  ["PHONE", 4],
  ["OTHER", 3],
] as const;
const RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

type Sample = { sentences: string[]; category: string | null; topics: string[]; plans: string[]; language: string; group: string };

function loadSamples(): Sample[] {
  const { rows } = parseCsvRecords(readFileSync(CSV_FILE, "utf8"));
  return rows.map(({ values: r }) => {
    const language = r.language ?? "nb";
    const text = (r.text ?? "").replace(/\s+/g, " ").trim();
    const sentences = text.split(/(?<=[.!?])\s+(?=\S)/u).filter((s) => s.length > 0);
    return {
      sentences,
      category: CATEGORY_CODES[r.insight_category ?? ""] ?? null,
      topics: (r.topics ?? "").split("|").filter(Boolean),
      plans: PLAN_CODES[r.thematic_plan ?? ""] ?? [],
      language,
      group: language === "nb" || language === "nn" || language === "en" ? language : "other",
    };
  });
}

function typo(r: Rng, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + r.int(word.length - 2);
  switch (r.int(4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // transposed
    case 1:
      return word.slice(0, i) + word.slice(i + 1); // dropped
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i); // doubled
    default: {
      const [from, to] = r.pick(TYPO_SWAPS); // no Norwegian keyboard
      return word.includes(from) ? word.replace(from, to) : word;
    }
  }
}

/** Word-level variation: swaps among interchangeable words, districts, typos, nynorsk. */
function vary(r: Rng, text: string, districts: readonly string[], opts: { nynorsk: boolean; typoRate: number }): string {
  return text.replace(/\p{L}+(?:\/\p{L}+)?/gu, (w) => {
    const lower = w.toLowerCase();
    let out = w;
    if (districts.includes(w)) {
      if (r.chance(0.5)) out = r.pick(districts);
    } else {
      const group = SWAP_INDEX.get(lower);
      if (group && r.chance(0.35)) out = r.pick(group);
      if (opts.nynorsk) {
        const nn = NYNORSK[out.toLowerCase()];
        if (nn) out = out[0] === out[0]!.toUpperCase() ? nn[0]!.toUpperCase() + nn.slice(1) : nn;
      }
    }
    if (opts.typoRate > 0 && r.chance(opts.typoRate)) out = typo(r, out);
    return out;
  });
}

function phoneNumber(r: Rng): string {
  const d = () => String(r.int(10));
  return r.chance(0.5) ? `9${d()}${d()} ${d()}${d()} ${d()}${d()}${d()}` : `4${d()}${d()}${d()}${d()}${d()}${d()}${d()}`;
}

function receiptCode(n: number): string {
  // Bijective on n (< 29^10): unique within a run, and distinct runs use distinct seeds.
  let x = n;
  let s = "";
  for (let i = 0; i < 10; i++) {
    s = RECEIPT_ALPHABET[x % 29] + s;
    x = Math.floor(x / 29);
  }
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

// ---------------------------------------------------------------- reference data
type Ref = {
  processes: {
    id: string;
    weight: number;
    insightPhase: string | null;
    ideaPhase: string | null;
    groups: string[];
    activities: { id: string; phaseId: string | null; methodId: string }[];
  }[];
  districts: { id: string; name: string }[];
  tags: Map<string, string>;
  tagIds: string[];
  plans: Map<string, string>;
  planIds: string[];
  admins: string[];
  politicians: string[];
};

async function loadRef(c: pg.Client): Promise<Ref> {
  const q = async <T extends pg.QueryResultRow>(sql: string) => (await c.query<T>(sql)).rows;
  const procs = await q<{ id: string; slug: string }>(`SELECT id, slug FROM process ORDER BY slug`);
  if (procs.length === 0) throw new Error("No process found: migrate and seed the demo first (npm run db:seed).");
  const phases = await q<{ id: string; process_id: string; kind: string }>(`SELECT id, process_id, kind::text FROM phase ORDER BY process_id, position`);
  const groups = await q<{ id: string; process_id: string }>(`SELECT id, process_id FROM target_group ORDER BY process_id, position, name`);
  const acts = await q<{ id: string; process_id: string; phase_id: string | null; method_id: string }>(
    // Inputs are recorded at activities that took place (ended, not cancelled).
    `SELECT id, process_id, phase_id, method_id FROM activity WHERE status <> 'CANCELLED' AND ends_at < now() ORDER BY process_id, starts_at, title, id`,
  );
  const districts = await q<{ id: string; name: string }>(`SELECT id, name FROM district ORDER BY position, name`);
  const tags = await q<{ id: string; slug: string }>(`SELECT id, slug FROM tag WHERE merged_into_id IS NULL ORDER BY slug`);
  const plans = await q<{ id: string; slug: string }>(`SELECT id, slug FROM thematic_plan ORDER BY slug`);
  const users = await q<{ id: string; role: string }>(`SELECT id, role::text FROM app_user WHERE deactivated_at IS NULL ORDER BY email`);
  return {
    processes: procs.map((p) => ({
      id: p.id,
      weight: p.slug === "demre" ? 9 : 1,
      insightPhase: phases.find((ph) => ph.process_id === p.id && ph.kind === "INSIGHT")?.id ?? null,
      ideaPhase: phases.find((ph) => ph.process_id === p.id && ph.kind === "IDEAS")?.id ?? null,
      groups: groups.filter((g) => g.process_id === p.id).map((g) => g.id),
      activities: acts.filter((a) => a.process_id === p.id).map((a) => ({ id: a.id, phaseId: a.phase_id, methodId: a.method_id })),
    })),
    districts,
    tags: new Map(tags.map((t) => [t.slug, t.id])),
    tagIds: tags.map((t) => t.id),
    plans: new Map(plans.map((p) => [p.slug, p.id])),
    planIds: plans.map((p) => p.id),
    admins: users.filter((u) => u.role === "ADMIN").map((u) => u.id),
    politicians: users.filter((u) => u.role === "POLITICIAN").map((u) => u.id),
  };
}

// ---------------------------------------------------------------- rows
const COLUMNS = [
  ["id", "uuid"],
  ["process_id", "uuid"],
  ["phase_id", "uuid"],
  ["activity_id", "uuid"],
  ["method_id", "uuid"],
  ["text", "text"],
  ["category", '"InputCategory"'],
  ["category_source", '"TagSource"'],
  ["channel", '"InputChannel"'],
  ["language", '"InputLanguage"'],
  ["district_id", "uuid"],
  ["target_group_id", "uuid"],
  ["age_min", "int"],
  ["age_max", "int"],
  ["receipt_code", "text"],
  ["status", '"InputStatus"'],
  ["recorded_by_id", "uuid"],
  ["held_for_review", "boolean"],
  ["flags", "text"], // comma-joined here, split in SQL (unnest cannot carry text[][] rows)
  ["is_hidden", "boolean"],
  ["hidden_reason", "text"],
  ["duplicate_of_id", "uuid"],
  ["submitted_at", "timestamptz"],
  ["triaged_at", "timestamptz"],
  ["triaged_by_id", "uuid"],
  ["search_lemmas", "text"],
] as const;
type Column = (typeof COLUMNS)[number][0];
type Batch = Record<Column, unknown[]> & {
  tagInput: string[];
  tagId: string[];
  tagSource: string[];
  planInput: string[];
  planId: string[];
  planSource: string[];
};

const INSERT_INPUTS = `
INSERT INTO input (${COLUMNS.map(([c]) => c).join(", ")}, created_at, updated_at)
SELECT ${COLUMNS.map(([c]) => (c === "flags" ? `CASE WHEN flags = '' THEN '{}'::text[] ELSE string_to_array(flags, ',') END` : c)).join(", ")},
       submitted_at, COALESCE(triaged_at, submitted_at)
  FROM unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ")}) AS t(${COLUMNS.map(([c]) => c).join(", ")})`;
const INSERT_TAGS = `INSERT INTO input_tag (input_id, tag_id, source, set_by_id)
SELECT i, t, s, $4::uuid FROM unnest($1::uuid[], $2::uuid[], $3::"TagSource"[]) AS x(i, t, s)`;
const INSERT_PLANS = `INSERT INTO input_thematic_plan (input_id, thematic_plan_id, source)
SELECT i, t, s FROM unnest($1::uuid[], $2::uuid[], $3::"TagSource"[]) AS x(i, t, s)`;

function emptyBatch(): Batch {
  const b = { tagInput: [], tagId: [], tagSource: [], planInput: [], planId: [], planSource: [] } as unknown as Batch;
  for (const [c] of COLUMNS) b[c] = [];
  return b;
}

function makeGenerator(ref: Ref, samples: Sample[], seed: number, now: number) {
  const r = rng(seed);
  const byGroup = new Map<string, Sample[]>();
  for (const s of samples) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  const nb = byGroup.get("nb") ?? samples;
  const districtNames = ref.districts.map((d) => d.name);
  const processWeights = ref.processes.map((p) => [p, p.weight] as const);
  const recent: { id: string; text: string }[] = []; // earlier batches only: duplicates point back
  let pending: { id: string; text: string }[] = [];
  let n = 0;

  function compose(language: string): { text: string; base: Sample } {
    const pool =
      language === "nn"
        ? [...(byGroup.get("nn") ?? []), ...nb]
        : language === "en"
          ? (byGroup.get("en") ?? nb)
          : language === "nb"
            ? nb
            : (byGroup.get("other") ?? nb);
    const base = language === "nn" && r.chance(0.7) ? r.pick(nb) : r.pick(pool);
    const parts: string[] = [];
    // 1–3 consecutive sentences of the base, then 0–2 from other inputs of the language.
    const start = r.int(base.sentences.length);
    const take = 1 + r.int(Math.min(3, base.sentences.length - start));
    parts.push(...base.sentences.slice(start, start + take));
    const more = r.weighted([
      [0, 5],
      [1, 4],
      [2, 1],
    ] as const);
    for (let i = 0; i < more; i++) parts.push(r.pick(r.pick(pool).sentences));
    const nynorsk = language === "nn" && base.group !== "nn";
    let text = vary(r, parts.join(" "), districtNames, { nynorsk, typoRate: base.group === "other" ? 0 : r.chance(0.3) ? 0.04 : 0.005 });
    if (language === "nb" || language === "nn") {
      const opener = r.pick(OPENERS_NB);
      const ending = r.pick(ENDINGS_NB);
      if (opener && r.chance(0.3)) text = `${opener} ${text}`;
      if (ending && r.chance(0.3)) text = `${text} ${ending}`;
    }
    if (r.chance(0.06)) text = text.toLowerCase();
    return { text, base };
  }

  function nextRow(b: Batch) {
    n += 1;
    const id = r.uuid();
    const proc = r.weighted(processWeights);
    const language = r.weighted([
      ["nb", 84],
      ["nn", 7],
      ["en", 5],
      ["other", 4],
    ] as const);
    const composed = compose(language);
    const base = composed.base;
    let text = composed.text;
    let duplicateOf: string | null = null;
    const dupRoll = r.next();
    if (recent.length > 0 && dupRoll < 0.03) {
      const original = r.pick(recent);
      // 1 % exact copies, 2 % near copies; about half of them already marked in triage.
      text = dupRoll < 0.01 ? original.text : vary(r, `${r.pick(DUP_PREFIX)} ${original.text}`.trim(), districtNames, { nynorsk: false, typoRate: 0.03 });
      if (r.chance(0.5)) duplicateOf = original.id;
    }
    const extraFlags: string[] = [];
    if (r.chance(0.01)) text += ` Ring meg gjerne på ${phoneNumber(r)}.`;
    if (r.chance(0.003)) text += ` Svar til ola.nordmann${r.int(1000)}@example.no.`;
    if (base.group === "other" && r.chance(0.2)) extraFlags.push("needs-moderation");
    const arrival = arrivalFields(text, extraFlags);

    const idea = proc.ideaPhase !== null && r.chance(0.2);
    const channel = r.weighted(CHANNELS);
    const activity = channel === "ACTIVITY" && proc.activities.length > 0 ? r.pick(proc.activities) : null;
    const phaseId = activity?.phaseId ?? (idea ? proc.ideaPhase : proc.insightPhase);
    const categories = phaseId !== null && phaseId === proc.ideaPhase ? IDEA_CATEGORIES : INSIGHT_CATEGORIES;
    const tagged = r.chance(0.7);
    const baseCategory = base.category && categories.includes(base.category) && r.chance(0.85) ? base.category : r.pick(categories);
    const category = tagged || r.chance(0.4) ? baseCategory : null;
    const submitted = now - r.int(365 * DAY);
    const triagedBy = ref.admins.length > 0 ? r.pick(ref.admins) : null;
    const hidden = r.chance(0.05);
    const districtInText = ref.districts.find((d) => text.includes(d.name));
    const districtId = districtInText && r.chance(0.8) ? districtInText.id : r.chance(0.6) ? r.pick(ref.districts).id : null;

    b.id.push(id);
    b.process_id.push(proc.id);
    b.phase_id.push(phaseId);
    b.activity_id.push(activity?.id ?? null);
    b.method_id.push(activity?.methodId ?? null);
    b.text.push(text);
    b.category.push(category);
    b.category_source.push(
      category === null
        ? null
        : tagged
          ? r.weighted([
              ["MANUAL", 6],
              ["SUGGESTION", 3],
              ["IMPORT", 1],
            ] as const)
          : null,
    );
    b.channel.push(channel);
    b.language.push(language === "other" ? (["pl", "ar", "so", "uk", "mixed"].includes(base.language) ? base.language : "other") : language);
    b.district_id.push(districtId);
    b.target_group_id.push(proc.groups.length > 0 && r.chance(0.6) ? r.pick(proc.groups) : null);
    const ages = r.chance(0.5) ? r.pick(r.chance(0.1) ? OWN_AGE_BANDS : AGE_BANDS) : null;
    b.age_min.push(ages?.[0] ?? null);
    b.age_max.push(ages?.[1] ?? null);
    b.receipt_code.push(receiptCode(seed * 10_000_000 + n));
    b.status.push(
      tagged
        ? r.weighted([
            ["READ", 6],
            ["USED", 3],
            ["NOT_USED", 1],
          ] as const)
        : r.chance(0.3)
          ? "READ"
          : "RECEIVED",
    );
    b.recorded_by_id.push(channel === "ACTIVITY" && ref.politicians.length > 0 ? r.pick(ref.politicians) : null);
    b.held_for_review.push(arrival.heldForReview && !tagged);
    b.flags.push(arrival.flags.join(","));
    b.is_hidden.push(hidden);
    b.hidden_reason.push(hidden ? r.pick(HIDE_REASONS) : "");
    b.duplicate_of_id.push(duplicateOf);
    b.submitted_at.push(new Date(submitted).toISOString());
    b.triaged_at.push(tagged ? new Date(Math.min(now, submitted + r.int(14 * DAY))).toISOString() : null);
    b.triaged_by_id.push(tagged ? triagedBy : null);
    b.search_lemmas.push(arrival.searchLemmas);

    if (tagged) {
      const source = r.weighted([
        ["MANUAL", 6],
        ["SUGGESTION", 3],
        ["IMPORT", 1],
      ] as const);
      const topics = new Set<string>();
      for (const slug of base.topics) if (r.chance(0.85)) topics.add(ref.tags.get(slug) ?? "");
      if (r.chance(0.2) && ref.tagIds.length > 0) topics.add(r.pick(ref.tagIds));
      for (const t of topics) {
        if (!t) continue;
        b.tagInput.push(id);
        b.tagId.push(t);
        b.tagSource.push(source);
      }
      const plans = new Set(base.plans.map((s) => ref.plans.get(s) ?? ""));
      if (plans.size === 0 && ref.planIds.length > 0) plans.add(r.pick(ref.planIds));
      for (const p of plans) {
        if (!p) continue;
        b.planInput.push(id);
        b.planId.push(p);
        b.planSource.push(source);
      }
    }
    pending.push({ id, text });
  }

  /** After a batch is stored: its rows may be duplicated by later ones (kept small). */
  function commitBatch() {
    for (const p of pending)
      if (recent.length < 2000) recent.push(p);
      else if (r.chance(0.05)) recent[r.int(recent.length)] = p;
    pending = [];
  }
  return Object.assign(nextRow, { commitBatch });
}

// ---------------------------------------------------------------- load
type IndexDef = { name: string; def: string };

async function secondaryIndexes(c: pg.Client): Promise<IndexDef[]> {
  const { rows } = await c.query<IndexDef>(`
    SELECT i.indexname AS name, i.indexdef AS def
      FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename IN ('input', 'input_tag', 'input_thematic_plan')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`);
  return rows;
}

export async function generateInputs(target: string | pg.Client, opts: GenerateOptions): Promise<GenerateResult> {
  const { count, seed = 42, batchSize = 5_000 } = opts;
  const log = opts.log ?? ((line: string) => console.log(line));
  const client = typeof target === "string" ? new pg.Client({ connectionString: target }) : target;
  if (typeof target === "string") await client.connect();
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  let mark = t0;
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const rebuild = opts.rebuildIndexes ?? count >= 100_000;
  let dropped: IndexDef[] = [];
  try {
    const participation = opts.participation ?? scaleFor(count);
    if (participation) await generateActivities(client, rng(seed + 1), participation, Date.now(), log);
    lap("participation");
    const ref = await loadRef(client);
    const next = makeGenerator(ref, loadSamples(), seed, Date.now());
    await client.query(`ALTER TABLE input DISABLE TRIGGER input_search_term_collect`);
    if (rebuild) {
      dropped = await secondaryIndexes(client);
      for (const ix of dropped) await client.query(`DROP INDEX IF EXISTS "${ix.name}"`);
    }
    // Foreign keys point at rows read above; skipping their per-row checks where allowed
    // (superuser, e.g. the embedded database) roughly halves the load time.
    await client.query(`SET session_replication_role = replica`).catch(() => undefined);
    lap("prepare");
    let done = 0;
    let buildMs = 0;
    let inflight: Promise<void> | null = null;
    const store = async (b: Batch) => {
      await client.query("BEGIN");
      await client.query(
        INSERT_INPUTS,
        COLUMNS.map(([c]) => b[c]),
      );
      if (b.tagInput.length) await client.query(INSERT_TAGS, [b.tagInput, b.tagId, b.tagSource, ref.admins[0] ?? null]);
      if (b.planInput.length) await client.query(INSERT_PLANS, [b.planInput, b.planId, b.planSource]);
      await client.query("COMMIT");
    };
    while (done < count) {
      const size = Math.min(batchSize, count - done);
      const b = emptyBatch();
      const tb = performance.now();
      for (let i = 0; i < size; i++) next(b);
      buildMs += performance.now() - tb;
      // Build the next batch in Node while Postgres stores this one (two cores, both busy).
      await inflight;
      next.commitBatch(); // stored before any later batch, so later duplicates may point at it
      inflight = store(b);
      inflight.catch(() => undefined); // surfaced by the next await; meanwhile no unhandled rejection
      done += size;
      if (done % 100_000 === 0 || done === count) {
        const s = (performance.now() - t0) / 1000;
        log(`  ${done.toLocaleString("en")} / ${count.toLocaleString("en")} inputs (${s.toFixed(0)} s, ${Math.round(done / s)} rows/s)`);
      }
    }
    await inflight;
    await client.query(`RESET session_replication_role`).catch(() => undefined);
    phases.buildRowsInNode = Math.round(buildMs);
    lap("insert");
    if (dropped.length) {
      await client.query(`SET maintenance_work_mem = '512MB'`).catch(() => undefined);
      for (const ix of dropped) await client.query(ix.def);
      dropped = [];
      lap("indexes");
    }
    await client.query(`
      INSERT INTO search_term (term)
      SELECT DISTINCT t FROM input, unnest(string_to_array(search_lemmas, ' ')) AS t WHERE length(t) > 1
      ON CONFLICT DO NOTHING`);
    lap("searchTerms");
    // The search's facet index follows facet_change, whose triggers were off for the load:
    // tell every running app instance to reload it (input_seq 0).
    await client.query(`INSERT INTO facet_change (input_seq) VALUES (0)`);
    // Likewise the report's report_count (its triggers were off for the load): recount it.
    await client.query(`SELECT report_count_rebuild()`);
    // And its «nevnt av» counts (report_mention).
    await client.query(`SELECT report_mention_rebuild()`);
    // And the group leaders' dashboard counts (progress_count), whose trigger was off too.
    await client.query(`SELECT progress_count_rebuild()`);
    lap("reportCounts");
    await client.query(`VACUUM (ANALYZE) input, input_tag, input_thematic_plan, search_term`);
    lap("vacuumAnalyze");
  } finally {
    await client.query(`RESET session_replication_role`).catch(() => undefined);
    for (const ix of dropped) await client.query(ix.def).catch(() => undefined); // after a failure: put them back
    await client.query(`ALTER TABLE input ENABLE TRIGGER input_search_term_collect`).catch(() => undefined);
    if (typeof target === "string") await client.end();
  }
  const ms = Math.round(performance.now() - t0);
  log(
    `Generated ${count.toLocaleString("en")} inputs in ${(ms / 1000).toFixed(1)} s (${Object.entries(phases)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(", ")})`,
  );
  return { count, ms, phases };
}

// ---------------------------------------------------------------- CLI
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(arg("count") ?? 1_000_000);
  const seed = Number(arg("seed") ?? 42);
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive whole number");
  const url = arg("database-url");
  if (url) await generateInputs(url, { count, seed });
  else {
    const { withDatabase } = await import("./lib/with-database");
    await withDatabase((u) => generateInputs(u, { count, seed }).then(() => undefined));
  }
}
