// The kunnskapsgrunnlag report on data made here: counts by category and topic, duplicates
// counted once with "mentioned by", hidden inputs left out, held or flagged inputs never
// quoted (their redacted version is), coverage, the XLSX and CSV read back, and who may
// download it (group leaders yes, politicians no). Last: the trigger-kept counts the report
// reads (report_count) stay equal to a direct count over the inputs through every kind of change.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport, type Report } from "@/features/knowledge/report/build-report";
import { handleReportExport } from "@/features/knowledge/report/export-handler";
import { reportCsv, reportXlsx } from "@/features/knowledge/report/export-report";
import { listReportTargets } from "@/features/knowledge/report/index-queries";
import { categoryTopicCounts, dimensionCounts, rollupCounts, type CategoryTopicRow, type DimensionRow } from "@/features/knowledge/report/report-queries";
import { resolveScope, type ReportScope } from "@/features/knowledge/report/scope";
import type { Prisma } from "@/generated/prisma/client";
import { parseCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions";
import { generateReceiptCode } from "@/lib/receipt-code";
import { authorizeRoute } from "@/lib/route-access";
import { makeProcess } from "../support/fixtures/processes";

const u = () => randomBytes(4).toString("hex");
const TEXT = {
  bus: "Bussen til Konnerud går for sjelden på kveldstid.",
  busDup1: "Bussen går altfor sjelden om kvelden.",
  busDup2: "Det er for få kveldsbusser til Konnerud.",
  held: "HOLDT-TILBAKE: du er en idiot som styrer bussene.",
  phoneOriginal: "Ring meg på 912 34 567, jeg savner et sted å møtes.",
  phoneRedacted: "Ring meg på [telefonnummer fjernet], jeg savner et sted å møtes.",
  heldRedactedOriginal: "Naboen min Kari (tlf 400 00 000) har demens og trenger hjelp.",
  heldRedacted: "Naboen min [navn fjernet] har [helseopplysning fjernet] og trenger hjelp.",
  hidden: "SKJULT: reklame for billige klokker.",
  need: "Vi trenger hjelp til å fylle ut skjemaer på nett.",
  hope: "Jeg håper på flere benker og møteplasser langs elva.",
  otherPlan: "ANNEN-PLAN: fritidsklubben bør ha åpent i helgene.",
  otherProcess: "Biblioteket er et godt sted å være for eldre.",
};

const d = {} as Record<
  "plan" | "otherPlan" | "p" | "p2" | "tOld" | "tYoung" | "d1" | "d2" | "topicBus" | "topicMeet" | "method" | "activity" | "bus" | "held" | "phone",
  string
> & {
  planSlug: string;
  pSlug: string;
};

async function input(data: Partial<Prisma.InputUncheckedCreateInput> & { topics?: string[]; plans?: string[] }) {
  const { topics = [], plans = [d.plan], ...rest } = data;
  return db.input.create({
    data: {
      processId: d.p,
      text: "Et innspill.",
      channel: "FORM",
      receiptCode: generateReceiptCode(),
      ...rest,
      tags: { create: topics.map((tagId) => ({ tagId })) },
      thematicPlans: { create: plans.map((thematicPlanId) => ({ thematicPlanId })) },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  const p = await makeProcess({ status: "PUBLISHED" });
  const p2 = await makeProcess({ status: "PUBLISHED" });
  Object.assign(d, { p: p.id, pSlug: p.slug, p2: p2.id });
  d.planSlug = `plan-${u()}`;
  d.plan = (await db.thematicPlan.create({ data: { slug: d.planSlug, name: `Temaplan ${u()}` }, select: { id: true } })).id;
  d.otherPlan = (await db.thematicPlan.create({ data: { slug: `annen-${u()}`, name: `Annen plan ${u()}` }, select: { id: true } })).id;
  await db.processThematicPlan.createMany({
    data: [
      { processId: d.p, thematicPlanId: d.plan },
      { processId: d.p2, thematicPlanId: d.plan },
    ],
  });
  d.tOld = (await db.targetGroup.findFirstOrThrow({ where: { processId: d.p }, select: { id: true } })).id;
  d.tYoung = (
    await db.targetGroup.create({ data: { processId: d.p, name: "Ungdom", importance: "IMPORTANT", difficulty: "HARD", position: 1 }, select: { id: true } })
  ).id;
  d.d1 = (await db.district.create({ data: { slug: `konnerud-${u()}`, name: `Konnerud ${u()}`, position: 1 }, select: { id: true } })).id;
  d.d2 = (await db.district.create({ data: { slug: `fjell-${u()}`, name: `Fjell ${u()}`, position: 2 }, select: { id: true } })).id;
  d.topicBus = (await db.tag.create({ data: { slug: `transport-${u()}`, name: "Transport" }, select: { id: true } })).id;
  d.topicMeet = (await db.tag.create({ data: { slug: `moteplasser-${u()}`, name: "Møteplasser" }, select: { id: true } })).id;
  d.method = (
    await db.method.create({
      data: { slug: `benk-${u()}`, name: `Benkeprat ${u()}`, timeLevel: "LOW", moneyLevel: "LOW", effortLevel: "LOW", channel: "PHYSICAL" },
      select: { id: true },
    })
  ).id;
  d.activity = (
    await db.activity.create({
      data: {
        processId: d.p,
        methodId: d.method,
        title: "Benkeprat på torget",
        startsAt: new Date("2026-03-12T09:00:00Z"),
        endsAt: new Date("2026-03-12T11:00:00Z"),
      },
      select: { id: true },
    })
  ).id;
  const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10));
  const bus = await input({ text: TEXT.bus, category: "CHALLENGE", topics: [d.topicBus], districtId: d.d1, targetGroupId: d.tOld, submittedAt: at(1) });
  d.bus = bus.id;
  // Two people said the same: duplicates of the bus input, counted with it.
  await input({
    text: TEXT.busDup1,
    category: "CHALLENGE",
    topics: [d.topicBus],
    channel: "ACTIVITY",
    activityId: d.activity,
    methodId: d.method,
    districtId: d.d1,
    targetGroupId: d.tOld,
    duplicateOfId: bus.id,
    submittedAt: at(5),
  });
  await input({
    text: TEXT.busDup2,
    category: "CHALLENGE",
    topics: [d.topicBus],
    channel: "ACTIVITY",
    activityId: d.activity,
    methodId: d.method,
    districtId: d.d1,
    duplicateOfId: bus.id,
    submittedAt: at(6),
  });
  // Held for review and flagged: counted, never quoted — though it is the newest of its group.
  d.held = (
    await input({ text: TEXT.held, category: "CHALLENGE", topics: [d.topicBus], channel: "EMAIL", heldForReview: true, flags: ["abuse"], submittedAt: at(20) })
  ).id;
  // Flagged with a phone number, redacted and released: the redacted version is quotable.
  d.phone = (
    await input({
      text: TEXT.phoneOriginal,
      category: "CHALLENGE",
      topics: [d.topicMeet],
      flags: ["phone"],
      redactedText: TEXT.phoneRedacted,
      districtId: d.d2,
      targetGroupId: d.tOld,
      submittedAt: at(7),
    })
  ).id;
  // Redacted but still held (not yet approved): nothing of it is quoted.
  await input({
    text: TEXT.heldRedactedOriginal,
    redactedText: TEXT.heldRedacted,
    category: "HOPE",
    topics: [d.topicMeet],
    flags: ["phone"],
    heldForReview: true,
    plans: [d.otherPlan],
    submittedAt: at(3),
  });
  await input({ text: TEXT.hidden, category: "NEED", topics: [d.topicMeet], isHidden: true, hiddenReason: "SPAM", submittedAt: at(8) });
  await input({ text: TEXT.need, category: "NEED", channel: "EMAIL", submittedAt: at(9) });
  await input({ text: TEXT.hope, category: "HOPE", topics: [d.topicBus, d.topicMeet], channel: "PAPER", districtId: d.d2, submittedAt: at(10) });
  await input({ text: TEXT.otherPlan, category: "NEED", topics: [d.topicMeet], plans: [d.otherPlan], submittedAt: at(11) });
  await input({ processId: d.p2, text: TEXT.otherProcess, category: "QUALITY", submittedAt: at(12) });
});

const category = (r: Report, c: string | null) => r.categories.find((g) => g.category === c);
const topic = (r: Report, c: string, topicId: string | null) => category(r, c)?.topics.find((t) => t.topicId === topicId);
const allQuotes = (r: Report) => r.categories.flatMap((c) => c.topics.flatMap((t) => t.quotes.map((q) => q.text)));

describe("a thematic plan's report", () => {
  let r: Report;
  beforeAll(async () => {
    r = (await buildReport({ thematicPlanSlug: d.planSlug }, { now: new Date("2026-03-31T10:00:00Z") }))!;
  });

  it("counts the plan's non-hidden inputs from every process, duplicates once as points", () => {
    // bus + 2 duplicates + held + phone + need + hope + the other process's; not hidden, not the other plan's.
    expect(r.summary).toMatchObject({ inputs: 8, points: 6, processes: 2, activities: 1, methods: 1, uncategorised: 0 });
    expect(r.summary.firstAt).toEqual(new Date(Date.UTC(2026, 2, 1, 10)));
    expect(r.summary.lastAt).toEqual(new Date(Date.UTC(2026, 2, 20, 10)));
  });

  it("groups by insight category in the phases' order, then topic, with points and mentions", () => {
    expect(r.categories.map((c) => [c.category, c.inputs, c.points])).toEqual([
      ["QUALITY", 1, 1],
      ["CHALLENGE", 5, 3],
      ["NEED", 1, 1],
      ["HOPE", 1, 1],
    ]);
    expect(topic(r, "CHALLENGE", d.topicBus)).toMatchObject({ topic: "Transport", inputs: 4, points: 2 });
    expect(topic(r, "CHALLENGE", d.topicMeet)).toMatchObject({ topic: "Møteplasser", inputs: 1, points: 1 });
    // An input with two topics counts under each; one without any under "no topic".
    expect(
      category(r, "HOPE")!
        .topics.map((t) => t.topicId)
        .sort(),
    ).toEqual([d.topicBus, d.topicMeet].sort());
    expect(topic(r, "NEED", null)).toMatchObject({ topic: null, inputs: 1, points: 1 });
    expect(topic(r, "CHALLENGE", d.topicBus)!.share).toBeCloseTo(4 / 8);
  });

  it("quotes each input once per category, though it has several topics there", () => {
    // The hope input has two topics under HOPE: it is quoted under one of them, not both.
    for (const c of r.categories) {
      const ids = c.topics.flatMap((t) => t.quotes.map((q) => q.inputId));
      expect(new Set(ids).size, String(c.category)).toBe(ids.length);
    }
    expect(category(r, "HOPE")!.topics.flatMap((t) => t.quotes.map((q) => q.text))).toEqual([TEXT.hope]);
  });

  it("quotes the most mentioned point first with 'mentioned by', never held or flagged text, and the redacted version", () => {
    const bus = topic(r, "CHALLENGE", d.topicBus)!;
    expect(bus.quotes.map((q) => [q.text, q.mentions])).toEqual([[TEXT.bus, 3]]);
    expect(topic(r, "CHALLENGE", d.topicMeet)!.quotes.map((q) => q.text)).toEqual([TEXT.phoneRedacted]);
    const texts = allQuotes(r);
    for (const never of [TEXT.held, TEXT.phoneOriginal, TEXT.hidden, TEXT.busDup1, TEXT.busDup2, TEXT.otherPlan]) expect(texts).not.toContain(never);
  });

  it("ranks the same quotes when only part of the newest inputs fit the first pass", async () => {
    const narrow = (await buildReport({ thematicPlanSlug: d.planSlug }, { now: r.generatedAt, newestWindow: 1 }))!;
    expect(narrow.categories).toEqual(r.categories);
  });

  it("covers target groups (0 for none reached), districts and channels with shares", () => {
    const tg = Object.fromEntries(r.coverage.targetGroups.map((g) => [g.label ?? "none", g.inputs]));
    // Two processes, so each group is named with its process; the second process's "Eldre" has none.
    const names = r.coverage.targetGroups.map((g) => g.label);
    expect(names.some((n) => n?.startsWith("Ungdom ("))).toBe(true);
    expect(
      Object.entries(tg)
        .filter(([k]) => k.startsWith("Eldre"))
        .map(([, v]) => v)
        .sort(),
    ).toEqual([0, 3]);
    expect(tg[names.find((n) => n?.startsWith("Ungdom"))!]).toBe(0);
    expect(tg.none).toBe(5);
    const districts = Object.fromEntries(r.coverage.districts.map((g) => [g.key ?? "none", [g.inputs, g.share]]));
    expect(districts[d.d1]).toEqual([3, 3 / 8]);
    expect(districts[d.d2]).toEqual([2, 2 / 8]);
    expect(districts.none).toEqual([3, 3 / 8]);
    const channels = Object.fromEntries(r.coverage.channels.map((c) => [c.key, c.inputs]));
    expect(channels).toEqual({ FORM: 3, ACTIVITY: 2, EMAIL: 2, PAPER: 1, PHONE: 0, OTHER: 0 });
  });

  it("says which methods and activities the inputs came from", () => {
    expect(r.sources.activities.map((a) => [a.label, a.inputs])).toEqual([
      [null, 6],
      ["Benkeprat på torget", 2],
    ]);
    expect(r.sources.methods.find((m) => m.key === d.method)?.inputs).toBe(2);
  });
});

describe("a process's report and a plan narrowed to a process", () => {
  it("covers every input of the process, whatever the plan, and leaves hidden ones out", async () => {
    const r = (await buildReport({ processSlug: d.pSlug }))!;
    expect(r.scope.kind).toBe("process");
    expect(r.summary).toMatchObject({ inputs: 9, points: 7 });
    expect(allQuotes(r)).toContain(TEXT.otherPlan);
    for (const never of [TEXT.hidden, TEXT.held, TEXT.heldRedacted, TEXT.heldRedactedOriginal]) expect(allQuotes(r)).not.toContain(never);
    // Counted all the same: the held input is one of the HOPE inputs.
    expect(category(r, "HOPE")).toMatchObject({ inputs: 2, points: 2 });
    expect(category(r, "QUALITY")).toBeUndefined();
  });

  it("narrows a plan to one process with the same counts as that process's linked inputs", async () => {
    const r = (await buildReport({ thematicPlanSlug: d.planSlug, processSlug: d.pSlug }))!;
    expect(r.summary).toMatchObject({ inputs: 7, points: 5, processes: 1 });
  });

  it("is null for an unknown plan or process", async () => {
    expect(await buildReport({ thematicPlanSlug: "finnes-ikke" })).toBeNull();
    expect(await buildReport({ processSlug: "finnes-ikke" })).toBeNull();
    expect(await buildReport({ thematicPlanSlug: d.planSlug, processSlug: "finnes-ikke" })).toBeNull();
    expect(await buildReport({ processId: "not-a-uuid" })).toBeNull();
  });
});

describe("downloads", () => {
  let r: Report;
  beforeAll(async () => {
    r = (await buildReport({ thematicPlanSlug: d.planSlug }, { now: new Date("2026-03-31T10:00:00Z") }))!;
  });

  it("XLSX: one sheet per part, bold frozen header, real numbers and percentages", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportXlsx(r, "nb")) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Sammendrag",
      "Hva vi har hørt",
      "Sitater",
      "Målgrupper",
      "Bydeler",
      "Kanaler",
      "Metoder",
      "Aktiviteter",
    ]);
    const heard = wb.getWorksheet("Hva vi har hørt")!;
    expect(heard.getRow(1).font?.bold).toBe(true);
    expect(heard.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(heard.getRow(1).values).toEqual([undefined, "Kategori", "Emne", "Punkter", "Nevnt av", "Andel"]);
    let busRow = 0;
    heard.eachRow((row, n) => {
      if (row.getCell(1).value === "Utfordringer, bekymringer" && row.getCell(2).value === "Transport") busRow = n;
    });
    expect((heard.getRow(busRow).values as unknown[]).slice(3)).toEqual([2, 4, 0.5]);
    expect(heard.getRow(busRow).getCell(5).numFmt).toBe("0.0%");
    const quotes = wb
      .getWorksheet("Sitater")!
      .getSheetValues()
      .slice(2)
      .map((v) => (v as unknown[])[3]);
    expect(quotes).toContain(TEXT.bus);
    expect(quotes).toContain(TEXT.phoneRedacted);
    expect(quotes).not.toContain(TEXT.held);
    const summary = wb.getWorksheet("Sammendrag")!;
    expect(summary.getRow(4).values).toEqual([undefined, "Innspill", 8]);
    expect(summary.getRow(5).values).toEqual([undefined, "Ulike punkter (duplikater telt med originalen)", 6]);
    expect(summary.getRow(6).getCell(2).value).toBeInstanceOf(Date);
  });

  it("CSV: BOM, ';', CRLF, long format with counts, shares and quotes", () => {
    const csv = reportCsv(r, "nb");
    expect(csv.startsWith("\uFEFFDel;Gruppe;Undergruppe;Antall;Andel (%);Sitat\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\n")).toBe(false);
    const rows = parseCsv(csv, { delimiter: ";" });
    expect(rows).toContainEqual(["Sammendrag", "Innspill", "", "8", "", ""]);
    expect(rows).toContainEqual(["Sammendrag", "Periode", "01.03.2026 – 20.03.2026", "", "", ""]);
    expect(rows).toContainEqual(["Hva vi har hørt", "Utfordringer, bekymringer", "Transport", "4", "50,0", ""]);
    expect(rows).toContainEqual(["Sitater", "Utfordringer, bekymringer", "Transport", "3", "", TEXT.bus]);
    expect(rows).toContainEqual(["Kanaler", "Skjema", "", "3", "37,5", ""]);
    expect(rows.some((row) => row.includes(TEXT.held) || row.includes(TEXT.phoneOriginal))).toBe(false);
  });

  it("neutralises cells that a spreadsheet would run as formulas", async () => {
    await input({ text: '=HYPERLINK("http://evil.test")', category: "ADVICE" });
    const csv = reportCsv((await buildReport({ thematicPlanSlug: d.planSlug }))!, "nb");
    expect(parseCsv(csv, { delimiter: ";" }).find((row) => row[0] === "Sitater" && row[5]?.includes("HYPERLINK"))?.[5]).toBe(
      '\'=HYPERLINK("http://evil.test")',
    );
  });
});

describe("who may read and download it", () => {
  const url = () => `http://localhost/kunnskapsgrunnlag/tema/${d.planSlug}/eksport?format=csv`;

  it("admins and group leaders may (knowledge.read); politicians may not", () => {
    expect(can("ADMIN", "knowledge.read")).toBe(true);
    expect(can("GROUP_LEADER", "knowledge.read")).toBe(true);
    expect(can("POLITICIAN", "knowledge.read")).toBe(false);
  });

  it("a group leader downloads the CSV with the plan's slug and the date in the file name", async () => {
    const res = await handleReportExport(new URL(url()), { thematicPlanSlug: d.planSlug }, "nb");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="kunnskapsgrunnlag-${d.planSlug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(await res.text()).toContain("Hva vi har hørt");
  });

  it("XLSX by default; a politician gets 403, anonymous is sent to sign in (route guard), an unknown plan is 404", async () => {
    const xlsx = await handleReportExport(new URL(url().replace("csv", "xlsx")), { thematicPlanSlug: d.planSlug }, "nb");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(authorizeRoute({ role: "POLITICIAN", mustChangePassword: false }, "knowledge.read", new URL(url()), "nb")?.status).toBe(403);
    const anon = authorizeRoute(null, "knowledge.read", new URL(url()), "nb");
    expect(anon?.status).toBe(303);
    expect(anon?.headers.get("location")).toBe(`/logg-inn?tilbake=${encodeURIComponent(`/kunnskapsgrunnlag/tema/${d.planSlug}/eksport?format=csv`)}`);
    expect((await handleReportExport(new URL(url()), { thematicPlanSlug: "finnes-ikke" }, "nb")).status).toBe(404);
  });
});

describe("the counts the report reads (report_count, kept by triggers)", () => {
  // Groups in the table (summed) that differ from a recount over the inputs: none, ever.
  const drift = () =>
    db.$queryRaw<{ side: string }[]>`
      WITH kept AS (
        SELECT process_id, thematic_plan_id, dim, key, category, original, sum(n)::int AS n FROM report_count GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
      ), fresh AS (SELECT * FROM report_count_fresh())
      (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM fresh)
      UNION ALL
      (SELECT 'fresh', * FROM fresh EXCEPT SELECT 'fresh', * FROM kept)`;
  const norm = (dims: DimensionRow[], pairs: CategoryTopicRow[]) => ({
    dims: dims.map((x) => `${x.dim}|${x.key}|${x.inputs}|${x.points}`).sort(),
    period: dims.filter((x) => x.dim === "total").map((x) => [x.firstAt?.toISOString(), x.lastAt?.toISOString()]),
    pairs: pairs.map((x) => `${x.category}|${x.topicId}|${x.inputs}|${x.points}`).sort(),
  });
  // What the report shows from the rollup equals direct GROUP BYs over the inputs.
  async function expectSameAsDirect(scope: ReportScope) {
    const resolved = (await resolveScope(scope))!;
    const rolled = await rollupCounts(db, resolved);
    const direct = norm(await dimensionCounts(db, resolved), await categoryTopicCounts(db, resolved));
    expect(norm(rolled.dims, rolled.pairs)).toEqual(direct);
    return direct;
  }
  const scopes = (): ReportScope[] => [
    { thematicPlanSlug: d.planSlug },
    { processSlug: d.pSlug },
    { thematicPlanSlug: d.planSlug, processSlug: d.pSlug },
    { processId: d.p2 },
  ];

  it("match a direct count right after the inputs above were made", async () => {
    expect(await drift()).toEqual([]);
    for (const scope of scopes()) await expectSameAsDirect(scope);
  });

  it("stay exact through edits, duplicate marks, hiding, topic and plan changes, a topic merge and deletes", async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 3, day, 8));
    const a = (await input({ text: "Flere benker ved elva.", category: "HOPE", topics: [d.topicMeet], submittedAt: at(1) })).id;
    const b = (
      await input({ text: "Benker ved elva, takk.", category: "HOPE", topics: [d.topicMeet, d.topicBus], plans: [d.plan, d.otherPlan], submittedAt: at(2) })
    ).id;
    const c = (await input({ text: "Nattbuss i helgene.", channel: "PHONE", submittedAt: at(3) })).id;
    const e = (await input({ processId: d.p2, text: "Lesesal for eldre.", category: "NEED", topics: [d.topicBus], submittedAt: at(4) })).id;
    expect(await drift()).toEqual([]);

    // Triage: category, district, target group; a later date (the period moves).
    await db.input.update({ where: { id: c }, data: { category: "CHALLENGE", districtId: d.d2, targetGroupId: d.tYoung, submittedAt: at(28) } });
    await db.input.updateMany({ where: { id: { in: [a, b] } }, data: { channel: "ACTIVITY", activityId: d.activity, methodId: d.method } });
    // Duplicate marks (points drop, inputs stay), one undone.
    await db.input.update({ where: { id: b }, data: { duplicateOfId: a } });
    await db.input.update({ where: { id: c }, data: { duplicateOfId: d.bus } });
    await db.input.update({ where: { id: c }, data: { duplicateOfId: null } });
    // Hidden, then shown again; another stays hidden.
    await db.input.update({ where: { id: a }, data: { isHidden: true, hiddenReason: "SPAM" } });
    await db.input.update({ where: { id: a }, data: { isHidden: false, hiddenReason: "" } });
    await db.input.update({ where: { id: e }, data: { isHidden: true, hiddenReason: "SPAM" } });
    expect(await drift()).toEqual([]);

    // Topics: several added in one statement to an input that had none, all removed, one set again.
    await db.inputTag.createMany({
      data: [
        { inputId: c, tagId: d.topicBus },
        { inputId: c, tagId: d.topicMeet },
      ],
    });
    await db.inputTag.deleteMany({ where: { inputId: c } });
    await db.inputTag.create({ data: { inputId: c, tagId: d.topicMeet } });
    // Topic merge as merge-topics.ts does it: "Møteplasser" into "Transport".
    await db.$executeRaw`INSERT INTO input_tag (input_id, tag_id) SELECT input_id, ${d.topicBus}::uuid FROM input_tag WHERE tag_id = ${d.topicMeet}::uuid ON CONFLICT DO NOTHING`;
    await db.$executeRaw`DELETE FROM input_tag WHERE tag_id = ${d.topicMeet}::uuid`;
    // Plans: linked to another, unlinked from one, one link moved by UPDATE.
    await db.inputThematicPlan.create({ data: { inputId: c, thematicPlanId: d.otherPlan } });
    await db.inputThematicPlan.delete({ where: { inputId_thematicPlanId: { inputId: b, thematicPlanId: d.plan } } });
    await db.inputThematicPlan.update({ where: { inputId_thematicPlanId: { inputId: a, thematicPlanId: d.plan } }, data: { thematicPlanId: d.otherPlan } });
    // Moved to the other process; and deleted with its topic and plan links (b is a's duplicate: it goes first).
    await db.input.update({ where: { id: c }, data: { processId: d.p2 } });
    await db.input.delete({ where: { id: b } });
    expect(await drift()).toEqual([]);
    const otherSlug = (await db.thematicPlan.findUniqueOrThrow({ where: { id: d.otherPlan }, select: { slug: true } })).slug;
    for (const scope of [...scopes(), { thematicPlanSlug: otherSlug }]) await expectSameAsDirect(scope);

    // The report itself agrees: no "Møteplasser" left after the merge; the period ends with c's new date.
    const r = (await buildReport({ thematicPlanSlug: otherSlug }))!;
    expect(r.categories.flatMap((g) => g.topics).some((t) => t.topicId === d.topicMeet)).toBe(false);
    expect(r.summary.lastAt).toEqual(at(28));
  });

  it("are the same after compacting the deltas and after a full recount", async () => {
    const before = await expectSameAsDirect({ thematicPlanSlug: d.planSlug });
    const rows = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM report_count`)[0]!.n;
    const loose = await rows();
    await db.$executeRaw`SELECT report_count_compact()`;
    expect(await rows()).toBeLessThan(loose);
    expect(await drift()).toEqual([]);
    await db.$executeRaw`SELECT report_count_rebuild()`;
    expect(await drift()).toEqual([]);
    expect(await expectSameAsDirect({ thematicPlanSlug: d.planSlug })).toEqual(before);
  });

  it("give the report list its per-plan and per-process numbers", async () => {
    const { plans, processes } = await listReportTargets();
    const direct = await db.$queryRaw<{ slug: string; n: number }[]>`
      SELECT t.slug, count(l.input_id)::int AS n FROM thematic_plan t
        LEFT JOIN input_thematic_plan l ON l.thematic_plan_id = t.id AND EXISTS (SELECT 1 FROM input i WHERE i.id = l.input_id AND NOT i.is_hidden)
       GROUP BY 1`;
    expect(Object.fromEntries(plans.map((p) => [p.slug, p.inputs]))).toEqual(Object.fromEntries(direct.map((r) => [r.slug, r.n])));
    expect(plans.find((p) => p.slug === d.planSlug)?.inputs).toBeGreaterThan(0);
    expect(processes.find((p) => p.slug === d.pSlug)?.inputs).toBe(await db.input.count({ where: { processId: d.p, isHidden: false } }));
  });
});
