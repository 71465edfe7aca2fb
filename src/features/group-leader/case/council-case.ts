// «Saken til kommunestyret» (issue #17 §3): one model of what a group leaders' meeting or the
// council gets for a process — background, what was done, what we heard, who we hear from, how
// the methods compare and what was learnt, target-group coverage, and the questions to decide —
// built from the same live queries as the dashboard (progress-queries.ts) and the method
// comparison (comparison-queries.ts), so the print view, the .docx and the .xlsx say exactly
// what the pages say. Renderers: case-docx.ts, case-xlsx.ts, components/case-print-page.tsx.
// A constant number of queries whatever the data size (the dashboard's, the comparison's two,
// the decision points and the process summary).
import { representativeness, type ShareTable } from "@/features/population/representativeness";
import { strategyFor } from "@/features/target-groups/strategy";
import type { Difficulty, Importance } from "@/generated/prisma/enums";
import { dateFormat } from "@/lib/dates/format-date";
import { db } from "@/lib/db";
import type { UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { decisionPoints } from "../decisions/queries";
import { compareMethods, sortMethods } from "../methods/comparison-queries";
import { methodFilterSchema } from "../methods/filters";
import { nextDecision, progressDashboard, type DashboardProcess } from "../progress-queries";

/** How a column's numbers are written: in Word/print as Norwegian text, in Excel as a number format. */
export type CellKind = "text" | "int" | "decimal" | "percent" | "money";
export type Cell = string | number | null;
export type CaseTable = { id: string; title: string; columns: { label: string; kind: CellKind }[]; rows: Cell[][] };
export type CaseSection = { id: string; heading: string; paragraphs: string[]; tables: CaseTable[]; bullets?: { heading: string; items: string[] }[] };
export type CouncilCase = {
  title: string;
  processTitle: string;
  slug: string;
  /** Date of the document, the data's cut-off, and the stable link. */
  meta: { label: string; value: string }[];
  sections: CaseSection[];
  /** Every table in order (for the XLSX: one sheet each). */
  tables: CaseTable[];
  /** The raw figures behind the print view's charts (participation per party, the heat map). */
  figures: {
    parties: { partyId: string | null; name: string | null; representatives: number; signedUp: number; tookPart: number; evaluated: number }[];
    coverage: { id: string; name: string; importance: string; difficulty: string; held: number; inputs: number; flag: string | null }[];
  };
};

/** Norwegian number text (non-breaking space between thousands), as the pages write it. */
export function formatCell(value: Cell, kind: CellKind, locale: UiLocale): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  const lc = locale === "en" ? "en-GB" : "nb-NO";
  if (kind === "percent") return new Intl.NumberFormat(lc, { style: "percent", maximumFractionDigits: 1 }).format(value);
  if (kind === "decimal") return new Intl.NumberFormat(lc, { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(lc, { maximumFractionDigits: 0 }).format(value);
}

export async function councilCase(
  process: DashboardProcess,
  { locale = "nb", now = new Date(), baseUrl }: { locale?: UiLocale; now?: Date; baseUrl: string },
): Promise<CouncilCase> {
  const t = translator(locale);
  const g = (key: string, values?: Record<string, string | number>) => t(`groupLeader.${key}`, values);
  const date = dateFormat(locale, now);
  const [d, points, methodRows, summary] = await Promise.all([
    progressDashboard(process, now),
    decisionPoints(process.id),
    compareMethods(methodFilterSchema.parse({}), process.id, now),
    db.process.findUnique({ where: { id: process.id }, select: { summary: true } }),
  ]);
  const methods = sortMethods(methodRows, "inputsPerHour", "desc");
  const rep = representativeness(d.population.year, d.population.cells, d.population.districts, d.inputs.byDistrict, d.inputs.byAge, (b) =>
    t(`forms.ageBand.${b}`),
  );
  const next = nextDecision(process.milestones, now);
  const p = d.participation;
  const col = (label: string, kind: CellKind = "int") => ({ label, kind });
  const strategy = (imp: string, dif: string) => t(`targetGroups.strategy.${strategyFor(imp as Importance, dif as Difficulty)}`);

  const participation: CaseTable = {
    id: "Deltakelse",
    title: g("participation.table"),
    columns: [
      col(g("participation.colParty"), "text"),
      col(g("participation.colRepresentatives")),
      col(g("participation.colSignedUp")),
      col(g("participation.colTookPart")),
      col(g("participation.colEvaluated")),
      col(g("participation.colNotYet"), "text"),
    ],
    rows: p.parties.map((r) => [
      r.name ?? g("participation.noParty"),
      r.representatives,
      r.signedUp,
      r.tookPart,
      r.evaluated,
      r.representatives === 0 ? g("participation.noAccounts") : r.notYet.length === 0 ? g("participation.everyone") : r.notYet.map((u) => u.name).join(", "),
    ]),
  };
  const activities: CaseTable = {
    id: "Aktiviteter",
    title: g("participation.activities"),
    columns: [
      col(g("participation.colMethod"), "text"),
      col(g("participation.colHeld")),
      col(g("participation.colPlanned")),
      col(g("participation.colCancelled")),
    ],
    rows: d.methods.map((m) => [m.name, m.held, m.planned, m.cancelled]),
  };
  const count = (id: string, title: string, label: string, rows: [string, number][]): CaseTable => ({
    id,
    title,
    columns: [col(label, "text"), col(g("inputs.colCount"))],
    rows,
  });
  const perWeek = count(
    "Innspill per uke",
    g("inputs.perWeek"),
    g("inputs.colWeek"),
    d.inputs.perWeek.map((w) => [date(new Date(w.week), "day"), w.n]),
  );
  const perChannel = count(
    "Per kanal",
    g("inputs.byChannel"),
    g("inputs.colChannel"),
    d.inputs.byChannel.map((r) => [t(`inbox.channel.${r.key}`), r.n]),
  );
  const perCategory = count(
    "Per kategori",
    g("inputs.byCategory"),
    g("inputs.colCategory"),
    d.inputs.byCategory.map((r) => [t(`areas.inputCategory.${r.key ?? "NONE"}`), r.n]),
  );
  const perPlan = count(
    "Per temaplan",
    g("inputs.byPlan"),
    g("inputs.colPlan"),
    d.inputs.byPlan.map((r) => [r.name, r.n]),
  );
  const perDistrict = count(
    "Per bydel",
    g("inputs.byDistrict"),
    g("inputs.colDistrict"),
    d.inputs.byDistrict.map((r) => [r.name ?? g("inputs.noDistrict"), r.n]),
  );
  const work: CaseTable = {
    id: "Behandling",
    title: g("inputs.work"),
    columns: [col(g("inputs.total")), col(g("inputs.triaged")), col(g("inputs.tagged")), col(g("inputs.answered"))],
    rows: [[d.inputs.work.total, d.inputs.work.triaged, d.inputs.work.tagged, d.inputs.work.answered]],
  };
  const shareTable = <K extends string>(
    id: string,
    title: string,
    name: string,
    s: ShareTable<K> & { spanningInputs?: number },
    unknown: string,
  ): CaseTable => ({
    id,
    title,
    columns: [
      col(name, "text"),
      col(g("representation.colPopulation")),
      col(g("representation.colPopulationShare"), "percent"),
      col(g("representation.colInputs")),
      col(g("representation.colInputShare"), "percent"),
      col(g("representation.colMark"), "text"),
    ],
    rows: [
      ...s.rows.map((r) => [r.name, r.population, r.populationShare, r.inputs, r.inputShare, r.under ? g("representation.under") : ""] as Cell[]),
      [unknown, null, null, s.unknownInputs, null, g("representation.notInShares")],
      ...(s.spanningInputs !== undefined
        ? [[g("representation.spanningAge"), null, null, s.spanningInputs, null, g("representation.notInShares")] as Cell[]]
        : []),
    ],
  });
  const repDistricts = shareTable(
    "Representativitet bydel",
    g("representation.districts"),
    g("representation.colDistrict"),
    rep.districts,
    g("representation.unknownDistrict"),
  );
  const repAges = shareTable("Representativitet alder", g("representation.ages"), g("representation.colAge"), rep.ages, g("representation.unknownAge"));
  const coverage: CaseTable = {
    id: "Målgrupper",
    title: g("coverage.table"),
    columns: [
      col(g("coverage.colGroup"), "text"),
      col(g("coverage.colStrategy"), "text"),
      col(g("coverage.colHeld")),
      col(g("coverage.colPlanned")),
      col(g("coverage.colReached")),
      col(g("coverage.colInputs")),
      col(g("coverage.colFlag"), "text"),
    ],
    rows: d.coverage.map((c) => [
      c.name,
      strategy(c.importance, c.difficulty),
      c.held,
      c.planned,
      c.reached,
      c.inputs,
      c.flag ? g(`coverage.flag.${c.flag}`) : "",
    ]),
  };
  const mc = (k: string) => g(`methods.col.${k}`);
  const comparison: CaseTable = {
    id: "Metoder",
    title: g("methods.table"),
    columns: [
      col(mc("name"), "text"),
      col(mc("held")),
      col(mc("politicians")),
      col(mc("hours"), "decimal"),
      col(mc("cost"), "money"),
      col(mc("participants")),
      col(mc("inputs")),
      col(mc("inputsPerHour"), "decimal"),
      col(mc("participantsPerHour"), "decimal"),
      col(mc("groups")),
      col(g("case.colPrioritised")),
      col(mc("wouldUseAgain"), "decimal"),
      col(g("case.colEvaluations")),
      col(g("case.colAssessment"), "text"),
    ],
    rows: methods.map((m) => [
      m.name,
      m.held,
      m.politicians,
      m.hours,
      m.cost,
      m.participants,
      m.inputs,
      m.inputsPerHour,
      m.participantsPerHour,
      m.groups,
      m.prioritised,
      m.wouldUseAgain,
      m.evaluations,
      m.criteria
        ? g("case.assessment", {
            transferable: g(`case.score.${m.criteria.transferable}`),
            groups: g(`case.score.${m.criteria.targetGroups}`),
            demand: g(`case.score.${m.criteria.demand}`),
          })
        : g("case.tooLittle", { count: m.evaluations }),
    ]),
  };
  const questions = points.flatMap((pt) => pt.questions.map((q) => ({ pt, q })));
  const decisions: CaseTable = {
    id: "Til avklaring",
    title: g("decisions.heading"),
    columns: [
      col(g("case.colDecisionPoint"), "text"),
      col(g("case.colDate"), "text"),
      col(g("decisions.question"), "text"),
      col(g("case.colStatus"), "text"),
      col(g("decisions.decidedText"), "text"),
    ],
    rows: questions.map(({ pt, q }) => [
      `${pt.title} (${pt.body || pt.title})`,
      date(pt.date, "day"),
      q.question,
      q.decidedOn ? g("case.decidedOn", { date: date(q.decidedOn, "day") }) : g("decisions.open"),
      q.decidedText,
    ]),
  };

  const notReached = d.coverage.filter((c) => c.flag === "NOT_REACHED");
  const tooMuch = d.coverage.filter((c) => c.flag === "TOO_MUCH_ENERGY");
  const best = methods.filter((m) => m.inputsPerHour !== null).slice(0, 3);
  const openQuestions = questions.filter(({ q }) => !q.decidedOn);
  const notYetParties = p.parties.filter((r) => r.representatives > 0 && r.tookPart === 0).map((r) => r.name ?? g("participation.noParty"));
  const quotes = (kind: "well" | "lessWell") => methods.flatMap((m) => m.quotes[kind].map((q) => `${m.name}: «${q}»`));

  const sections: CaseSection[] = [
    {
      id: "bakgrunn",
      heading: g("case.background"),
      paragraphs: [
        summary?.summary || process.title,
        next
          ? g("case.nextDecision", {
              title: next.title,
              date: date(next.date, "day"),
              body: next.body || next.title,
              decision: next.decision || "–",
              days: next.daysLeft,
            })
          : g("where.noDecision"),
      ],
      tables: [],
    },
    {
      id: "gjort",
      heading: g("case.done"),
      paragraphs: [
        g("participation.summary", p.totals),
        notYetParties.length ? g("case.partiesNotYet", { parties: notYetParties.join(", ") }) : g("case.allPartiesTookPart"),
        g("participation.activitiesSummary", d.activityTotals),
        g("participation.note"),
      ],
      tables: [participation, activities],
    },
    {
      id: "hort",
      heading: g("case.heard"),
      paragraphs: [g("case.inputsSummary", { ...d.inputs.work }), g("inputs.hiddenNote")],
      tables: [work, perWeek, perChannel, perCategory, perPlan, perDistrict],
      bullets: d.heard ? [{ heading: g("heard.heading"), items: d.heard.themes.map((th) => `${th.title}: ${th.summary}`) }] : [],
    },
    {
      id: "representativitet",
      heading: g("representation.heading"),
      paragraphs:
        rep.year === null
          ? [g("representation.noPopulation")]
          : [
              g("representation.lead", { year: rep.year, ratio: formatCell(0.8, "percent", locale) }),
              g("representation.unknownNote.district", { unknown: rep.districts.unknownInputs, known: rep.districts.knownInputs }),
              g("representation.unknownNote.age", { unknown: rep.ages.unknownInputs, known: rep.ages.knownInputs }),
            ],
      tables: rep.year === null ? [] : [repDistricts, repAges],
    },
    {
      id: "metoder",
      heading: g("case.methods"),
      paragraphs: [
        best.length
          ? g("case.bestMethods", { methods: best.map((m) => `${m.name} (${formatCell(m.inputsPerHour, "decimal", locale)})`).join(", ") })
          : g("methods.none"),
        g("methods.note"),
        g("case.criteriaNote"),
      ],
      tables: [comparison],
      bullets: [
        { heading: g("case.learntWell"), items: quotes("well") },
        { heading: g("case.learntLessWell"), items: quotes("lessWell") },
      ].filter((b) => b.items.length > 0),
    },
    {
      id: "malgrupper",
      heading: g("coverage.heading"),
      paragraphs: [
        g("coverage.notReachedSummary", { count: notReached.length }) + (notReached.length ? ` ${notReached.map((c) => c.name).join(", ")}.` : ""),
        ...(tooMuch.length ? [g("case.tooMuchEnergy", { groups: tooMuch.map((c) => c.name).join(", ") })] : []),
      ],
      tables: [coverage],
    },
    {
      id: "avklaring",
      heading: g("case.questions"),
      paragraphs: [
        g("decisions.summary", { count: openQuestions.length }),
        ...openQuestions.map(({ pt, q }) => `${q.question} (${pt.title}, ${date(pt.date, "day")})`),
      ],
      tables: questions.length ? [decisions] : [],
    },
  ];

  return {
    title: g("case.title", { title: process.title }),
    processTitle: process.title,
    slug: process.slug,
    meta: [
      { label: g("case.date"), value: date(now, "date") },
      { label: g("case.cutoff"), value: date(now, "dateTime") },
      { label: g("case.link"), value: `${baseUrl}/gruppeleder/prosesser/${process.slug}` },
    ],
    sections,
    tables: sections.flatMap((s) => s.tables),
    figures: {
      parties: p.parties.map((r) => ({ ...r, name: r.name ?? g("participation.noParty") })),
      coverage: d.coverage.map(({ id, name, importance, difficulty, held, inputs, flag }) => ({ id, name, importance, difficulty, held, inputs, flag })),
    },
  };
}
