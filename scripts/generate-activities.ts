// The participation side of a bench database (issue #17 §6), called by generate-inputs.ts
// before the inputs so they can point at the activities and target groups made here: a full
// council of representatives (57 seats, Drammen's parties), target groups up to a total (60),
// activities up to a total (10 000) spread over the processes like the inputs (the DEMRE
// process nine times the others) and over the methods with uneven weights, past and future,
// ~5 % cancelled, each aimed at 1–3 of its process's target groups; sign-ups from politicians
// whose eagerness differs (a few never sign up, so "who has not taken part" has answers); and
// evaluations up to a total (20 000) from confirmed places on held activities, each naming
// 0–2 target groups reached. Deterministic for a seed; rows go in as arrays (unnest), a few
// statements per table, whatever the size.
import pg from "pg";

export type ActivityScale = { activities: number; evaluations: number; targetGroups: number; representatives?: number };
export type Rng = { next: () => number; int: (n: number) => number; pick: <T>(xs: readonly T[]) => T; chance: (p: number) => boolean; uuid: () => string };

const DAY = 86_400_000;
/** Seats per party in Drammen bystyre 2023–2027 (57), by short name. */
const SEATS: Record<string, number> = { H: 17, Ap: 13, FrP: 9, V: 3, SV: 3, MDG: 2, R: 2, KrF: 2, INP: 2, Sp: 2, PP: 1, PS: 1 };
const FIRST = [
  "Anne",
  "Kari",
  "Ingrid",
  "Marit",
  "Nora",
  "Sofie",
  "Hanne",
  "Liv",
  "Per",
  "Ola",
  "Jan",
  "Lars",
  "Ahmed",
  "Bjørn",
  "Tor",
  "Knut",
  "Eirik",
  "Amina",
  "Fatima",
  "Jonas",
];
const LAST = [
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Kristiansen",
  "Berg",
  "Haugen",
  "Hagen",
  "Ali",
  "Eriksen",
  "Bakke",
  "Strand",
  "Lie",
];
const GROUP_WORDS = [
  "Eldre som bor alene",
  "Ungdom uten fritidstilbud",
  "Barnefamilier",
  "Innvandrerkvinner",
  "Pendlere",
  "Studenter",
  "Pårørende",
  "Personer med funksjonsnedsettelse",
  "Småbarnsforeldre",
  "Nyankomne",
  "Seniorer i arbeid",
  "Russ",
  "Næringsdrivende",
  "Frivillige",
  "Borettslag",
  "Idrettslag",
];
const WELL = [
  "Folk tok seg tid til å prate.",
  "Vi nådde mange vi ellers ikke hører fra.",
  "Godt oppmøte og gode innspill.",
  "Enkelt å gjennomføre.",
  "Uformelt og trygt.",
  "",
];
const LESS_WELL = ["For lite tid til hver samtale.", "Vanskelig å nå de yngste.", "Dårlig vær ga få besøkende.", "Krevende å forberede.", "", ""];
const TRANSFER = ["Kan brukes i andre prosesser.", "Passer best for små grupper.", "", ""];
const STATUS_FUTURE = ["PLANNED", "OPEN"] as const;
const IMPORTANCE = ["VERY_IMPORTANT", "IMPORTANT", "LESS_IMPORTANT"] as const;
const DIFFICULTY = ["EASY", "MEDIUM", "HARD"] as const;

async function rows<T extends pg.QueryResultRow>(c: pg.Client, sql: string, params: unknown[] = []) {
  return (await c.query<T>(sql, params)).rows;
}

/** Tops the database up to `scale`; what is already there (the demo) counts towards it. */
export async function generateActivities(c: pg.Client, r: Rng, scale: ActivityScale, now: number, log: (s: string) => void) {
  const t0 = performance.now();
  const procs = await rows<{ id: string; slug: string }>(c, `SELECT id, slug FROM process ORDER BY slug`);
  const parties = await rows<{ id: string; short_name: string }>(c, `SELECT id, short_name FROM party ORDER BY position, name`);
  const methods = await rows<{ id: string }>(c, `SELECT id FROM method ORDER BY slug`);
  const districts = await rows<{ id: string }>(c, `SELECT id FROM district ORDER BY position, name`);
  const phases = await rows<{ id: string; process_id: string }>(c, `SELECT id, process_id FROM phase ORDER BY process_id, position`);
  if (procs.length === 0 || methods.length === 0) throw new Error("No process or method: seed the demo first.");
  const weightOf = (slug: string) => (slug === "demre" ? 9 : 1);
  const totalWeight = procs.reduce((n, p) => n + weightOf(p.slug), 0);
  const pickProcess = () => {
    let x = r.next() * totalWeight;
    for (const p of procs) if ((x -= weightOf(p.slug)) < 0) return p;
    return procs.at(-1)!;
  };

  // Representatives: fill every party up to its seats.
  const have = await rows<{ party_id: string | null; n: number }>(
    c,
    `SELECT party_id::text, count(*)::int AS n FROM app_user WHERE role IN ('POLITICIAN', 'GROUP_LEADER') AND deactivated_at IS NULL GROUP BY 1`,
  );
  const users: { id: string[]; email: string[]; name: string[]; party: string[] } = { id: [], email: [], name: [], party: [] };
  let k = 0;
  for (const p of parties) {
    const missing = (SEATS[p.short_name] ?? 1) - (have.find((h) => h.party_id === p.id)?.n ?? 0);
    for (let i = 0; i < missing; i++) {
      k += 1;
      users.id.push(r.uuid());
      users.email.push(`bench-representant-${k}@medvirk.test`);
      users.name.push(`${r.pick(FIRST)} ${r.pick(LAST)}`);
      users.party.push(p.id);
    }
  }
  await c.query(
    `INSERT INTO app_user (id, email, name, role, party_id, updated_at)
     SELECT i, e, n, 'POLITICIAN', p, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS x(i, e, n, p)
     ON CONFLICT (email) DO NOTHING`,
    [users.id, users.email, users.name, users.party],
  );
  const reps = await rows<{ id: string }>(c, `SELECT id FROM app_user WHERE role IN ('POLITICIAN', 'GROUP_LEADER') AND deactivated_at IS NULL ORDER BY email`);
  // Eagerness: most sign up now and then, some often, a few never.
  const eager = reps.map((u, i) => ({ id: u.id, w: i % 19 === 7 ? 0 : r.chance(0.2) ? 4 : 1 + r.int(2) }));
  const eagerTotal = eager.reduce((n, e) => n + e.w, 0);
  const pickRep = () => {
    let x = r.next() * eagerTotal;
    for (const e of eager) if ((x -= e.w) < 0) return e.id;
    return eager.at(-1)!.id;
  };

  // Target groups up to the total, mostly on the heavy process.
  const groupCount = (await rows<{ n: number }>(c, `SELECT count(*)::int AS n FROM target_group`))[0]!.n;
  const tg: { id: string[]; process: string[]; name: string[]; importance: string[]; difficulty: string[]; position: number[] } = {
    id: [],
    process: [],
    name: [],
    importance: [],
    difficulty: [],
    position: [],
  };
  for (let i = 0; i < scale.targetGroups - groupCount; i++) {
    tg.id.push(r.uuid());
    tg.process.push(pickProcess().id);
    tg.name.push(`${r.pick(GROUP_WORDS)} (${i + 1})`);
    tg.importance.push(r.pick(IMPORTANCE));
    tg.difficulty.push(r.pick(DIFFICULTY));
    tg.position.push(100 + i);
  }
  await c.query(
    `INSERT INTO target_group (id, process_id, name, importance, difficulty, position, updated_at)
     SELECT i, p, n, im::"Importance", d::"Difficulty", pos, now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[]) AS x(i, p, n, im, d, pos)`,
    [tg.id, tg.process, tg.name, tg.importance, tg.difficulty, tg.position],
  );
  const groups = await rows<{ id: string; process_id: string }>(c, `SELECT id, process_id FROM target_group ORDER BY process_id, position, name`);
  const groupsOf = new Map<string, string[]>();
  for (const g of groups) groupsOf.set(g.process_id, [...(groupsOf.get(g.process_id) ?? []), g.id]);
  const phasesOf = new Map<string, string[]>();
  for (const p of phases) phasesOf.set(p.process_id, [...(phasesOf.get(p.process_id) ?? []), p.id]);

  // Activities up to the total: methods weighted unevenly, a year back and three months ahead.
  const actCount = (await rows<{ n: number }>(c, `SELECT count(*)::int AS n FROM activity`))[0]!.n;
  const methodWeight = methods.map((m, i) => ({ id: m.id, w: 1 + ((i * 7) % 5) }));
  const methodTotal = methodWeight.reduce((n, m) => n + m.w, 0);
  const pickMethod = () => {
    let x = r.next() * methodTotal;
    for (const m of methodWeight) if ((x -= m.w) < 0) return m.id;
    return methodWeight.at(-1)!.id;
  };
  const a = {
    id: [] as string[],
    process: [] as string[],
    phase: [] as (string | null)[],
    method: [] as string[],
    title: [] as string[],
    starts: [] as string[],
    ends: [] as string[],
    district: [] as (string | null)[],
    capacity: [] as number[],
    status: [] as string[],
  };
  const atg = { a: [] as string[], g: [] as string[] };
  const su = { a: [] as string[], u: [] as string[], s: [] as string[] };
  const held: { id: string; confirmed: string[]; groups: string[] }[] = [];
  for (let i = 0; i < scale.activities - actCount; i++) {
    const id = r.uuid();
    const proc = pickProcess();
    const start = now - 365 * DAY + r.int(455 * DAY);
    const end = start + (1 + r.int(4)) * 3_600_000;
    const cancelled = r.chance(0.05);
    const past = end < now;
    const ph = phasesOf.get(proc.id) ?? [];
    a.id.push(id);
    a.process.push(proc.id);
    a.phase.push(ph.length ? r.pick(ph) : null);
    a.method.push(pickMethod());
    a.title.push(`Aktivitet ${i + 1}`);
    a.starts.push(new Date(start).toISOString());
    a.ends.push(new Date(end).toISOString());
    a.district.push(districts.length && r.chance(0.8) ? r.pick(districts).id : null);
    const capacity = 3 + r.int(6);
    a.capacity.push(capacity);
    a.status.push(cancelled ? "CANCELLED" : past ? "DONE" : r.pick(STATUS_FUTURE));
    const pg = groupsOf.get(proc.id) ?? [];
    const aimed = new Set<string>();
    for (let j = 0, n = pg.length ? 1 + r.int(3) : 0; j < n; j++) aimed.add(r.pick(pg));
    for (const g of aimed) {
      atg.a.push(id);
      atg.g.push(g);
    }
    const who = new Set<string>();
    for (let j = 0, n = 2 + r.int(capacity + 1); j < n; j++) who.add(pickRep());
    const confirmed: string[] = [];
    [...who].forEach((u, j) => {
      const status = j < capacity ? (r.chance(0.08) ? "WITHDRAWN" : "CONFIRMED") : "WAITLISTED";
      su.a.push(id);
      su.u.push(u);
      su.s.push(status);
      if (status === "CONFIRMED") confirmed.push(u);
    });
    if (!cancelled && past && confirmed.length) held.push({ id, confirmed, groups: [...aimed] });
  }
  for (let i = 0; i < a.id.length; i += 5000) {
    const s = (xs: unknown[]) => xs.slice(i, i + 5000);
    await c.query(
      `INSERT INTO activity (id, process_id, phase_id, method_id, title, starts_at, ends_at, district_id, politician_capacity, status, updated_at)
       SELECT i, p, ph, m, t, s, e, d, cap, st::"ActivityStatus", now()
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::uuid[], $9::int[], $10::text[]) AS x(i, p, ph, m, t, s, e, d, cap, st)`,
      [s(a.id), s(a.process), s(a.phase), s(a.method), s(a.title), s(a.starts), s(a.ends), s(a.district), s(a.capacity), s(a.status)],
    );
  }
  await c.query(`INSERT INTO activity_target_group (activity_id, target_group_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [atg.a, atg.g]);
  await c.query(
    `INSERT INTO signup (activity_id, user_id, status, updated_at) SELECT a, u, s::"SignupStatus", now() FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(a, u, s)`,
    [su.a, su.u, su.s],
  );

  // Evaluations up to the total, from confirmed places on held activities (not every place evaluates).
  const evalCount = (await rows<{ n: number }>(c, `SELECT count(*)::int AS n FROM method_evaluation`))[0]!.n;
  const places = held.flatMap((h) => h.confirmed.map((u) => ({ h, u })));
  const want = Math.min(places.length, Math.max(0, scale.evaluations - evalCount));
  // A deterministic shuffle, then the first `want` places evaluate.
  for (let i = places.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  const ev = {
    id: [] as string[],
    a: [] as string[],
    u: [] as string[],
    prep: [] as number[],
    exec: [] as number[],
    cost: [] as number[],
    part: [] as number[],
    well: [] as string[],
    less: [] as string[],
    again: [] as number[],
    transfer: [] as string[],
  };
  const etg = { e: [] as string[], g: [] as string[] };
  for (const { h, u } of places.slice(0, want)) {
    const id = r.uuid();
    ev.id.push(id);
    ev.a.push(h.id);
    ev.u.push(u);
    ev.prep.push(r.int(8) / 2);
    ev.exec.push(1 + r.int(8) / 2);
    ev.cost.push(r.chance(0.6) ? 0 : 500 * r.int(20));
    ev.part.push(3 + r.int(60));
    ev.well.push(r.pick(WELL));
    ev.less.push(r.pick(LESS_WELL));
    ev.again.push(1 + r.int(5));
    ev.transfer.push(r.pick(TRANSFER));
    const reached = new Set<string>();
    for (let j = 0, n = h.groups.length ? r.int(3) : 0; j < n; j++) reached.add(r.pick(h.groups));
    for (const g of reached) {
      etg.e.push(id);
      etg.g.push(g);
    }
  }
  for (let i = 0; i < ev.id.length; i += 5000) {
    const s = (xs: unknown[]) => xs.slice(i, i + 5000);
    await c.query(
      `INSERT INTO method_evaluation (id, activity_id, user_id, preparation_hours, execution_hours, cost_nok, participants, worked_well, worked_less_well, would_use_again, transferable, updated_at)
       SELECT * , now() FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::numeric[], $5::numeric[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[], $11::text[])`,
      [s(ev.id), s(ev.a), s(ev.u), s(ev.prep), s(ev.exec), s(ev.cost), s(ev.part), s(ev.well), s(ev.less), s(ev.again), s(ev.transfer)],
    );
  }
  await c.query(`INSERT INTO evaluation_target_group (evaluation_id, target_group_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [etg.e, etg.g]);
  await c.query(`ANALYZE app_user, target_group, activity, activity_target_group, signup, method_evaluation, evaluation_target_group`);
  log(
    `  participation: +${users.id.length} representatives, +${tg.id.length} target groups, +${a.id.length} activities (${su.a.length} sign-ups), +${ev.id.length} evaluations (${Math.round(performance.now() - t0)} ms)`,
  );
}

/** The shape for a given number of inputs: the full bench size at 1 000 000, scaled down below. */
export function scaleFor(count: number): ActivityScale {
  const f = Math.min(1, count / 1_000_000);
  return { activities: Math.round(10_000 * f), evaluations: Math.round(20_000 * f), targetGroups: 60 };
}
