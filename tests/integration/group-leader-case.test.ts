// The case for the council (issue #17 §3): the .docx and .xlsx downloads, called through the
// real route handler (route guard, permission dashboard.read), read back — the .docx unzipped
// and its word/document.xml searched for the sections and figures, the .xlsx opened with
// exceljs — and every figure checked against the dashboard's own numbers on the hand-computed
// fixture (counted two ways: the case model, the dashboard, and a direct count).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { councilCase } from "@/features/group-leader/case/council-case";
import { dashboardProcess, progressDashboard } from "@/features/group-leader/progress-queries";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/session";
import { createUser } from "../support/factories";
import { makeDashboardFixture } from "../support/fixtures/group-leader";

const current = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/session", () => ({ getSessionUser: async () => current.user }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { GET } = await import("@/app/gruppeleder/prosesser/[slug]/saksframlegg/route");

let f: Awaited<ReturnType<typeof makeDashboardFixture>>;
const now = new Date();
beforeAll(async () => {
  f = await makeDashboardFixture(now);
  const m = await db.milestone.findFirstOrThrow({ where: { processId: f.process.id, title: "Gruppeledermøte" }, select: { id: true } });
  await db.decisionQuestion.createMany({
    data: [
      { milestoneId: m.id, position: 1, question: "Bør alle teste metodene?" },
      { milestoneId: m.id, position: 2, question: "Kan rammene brukes?", decidedText: "Ja, rammene brukes.", decidedOn: new Date("2026-11-20") },
    ],
  });
});

const as = async (role: "GROUP_LEADER" | "POLITICIAN" | null) => {
  current.user = role
    ? await db.user.findUniqueOrThrow({
        where: { id: (await createUser(role)).id },
        select: { id: true, name: true, email: true, role: true, partyId: true, mustChangePassword: true },
      })
    : null;
};
const get = (format: string, slug = f.process.slug) =>
  GET(new Request(`http://localhost/gruppeleder/prosesser/${slug}/saksframlegg?format=${format}`), { params: Promise.resolve({ slug }) });

describe("the case for the council", () => {
  it("is for group leaders and administrators only", async () => {
    await as(null);
    expect((await get("docx")).status).toBe(303);
    await as("POLITICIAN");
    expect((await get("docx")).status).toBe(403);
    await as("GROUP_LEADER");
    expect((await get("docx", "finnes-ikke")).status).toBe(404);
  });

  it("the .docx is a Word document holding the sections, the tables and the dashboard's figures", async () => {
    await as("GROUP_LEADER");
    const res = await get("docx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="saksframlegg-${f.process.slug}-\\d{4}-\\d{2}-\\d{2}\\.docx"`));
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    const xml = await zip.file("word/document.xml")!.async("string");
    // Words only, the way Word shows them: runs joined per paragraph.
    const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
      .join("\n");
    for (const heading of [
      "1. Bakgrunn",
      "2. Hva er gjort",
      "3. Hva vi har hørt",
      "4. Hvem hører vi fra?",
      "5. Hvordan metodene fungerer, og hva vi har lært",
      "6. Målgrupper vi når",
      "7. Spørsmål til avklaring",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`Saksframlegg: Dashbordprosess ${f.u}`);
    // Participation: the dashboard's totals (every active politician counts, so the total
    // depends on the accounts in the database; the fixture's own are 2 signed up + b1, 2 took part, 1 evaluated).
    const d = await progressDashboard((await dashboardProcess(f.process.slug))!, now);
    const p = d.participation.totals;
    expect([p.signedUp, p.tookPart, p.evaluated]).toEqual([3, 2, 1]);
    expect(text).toContain(`${p.signedUp} av ${p.representatives} politikere har meldt seg på, 2 har deltatt på en gjennomført aktivitet, og 1 har evaluert.`);
    expect(text).toContain(`Parti A ${f.u}\n2\n2\n1\n1\nArne ${f.u}`);
    expect(text).toContain("2 gjennomført, 1 planlagt, 1 avlyst.");
    // Inputs: 3 visible, 1 triaged, 1 tagged, 1 answered.
    expect(text).toContain("3 innspill er kommet inn. 1 er sortert, 1 har emne, og 1 er besvart.");
    expect(text).toContain("Bydel ikke oppgitt\n2");
    expect(text).toContain("1 spørsmål venter på avklaring.");
    expect(text).toContain("Bør alle teste metodene?\nÅpent");
    expect(text).toContain("Kan rammene brukes?\nAvgjort 20. november 2026\nJa, rammene brukes.");
  });

  it("the .xlsx has one sheet per table with the same figures as the dashboard, as numbers", async () => {
    await as("GROUP_LEADER");
    const res = await get("xlsx");
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const process = (await dashboardProcess(f.process.slug))!;
    const [d, c] = await Promise.all([progressDashboard(process, now), councilCase(process, { now, baseUrl: "http://localhost" })]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Om saken", ...c.tables.map((t) => t.id)]);
    const rows = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .slice(3)
        .map((r) => (r as unknown[]).slice(1));
    expect(rows("Behandling")).toEqual([[d.inputs.work.total, d.inputs.work.triaged, d.inputs.work.tagged, d.inputs.work.answered]]);
    expect(rows("Behandling")[0]![0]).toBe(await db.input.count({ where: { processId: f.process.id, isHidden: false } }));
    const week = rows("Innspill per uke").map((r) => r[1]);
    expect(week).toEqual(d.inputs.perWeek.map((w) => w.n));
    expect(rows("Aktiviteter").map((r) => r.slice(1))).toEqual(d.methods.map((m) => [m.held, m.planned, m.cancelled]));
    const party = rows("Deltakelse").find((r) => r[0] === `Parti A ${f.u}`)!;
    expect(party.slice(1, 5)).toEqual([2, 2, 1, 1]);
    expect(rows("Målgrupper").map((r) => r[0])).toEqual(d.coverage.map((g) => g.name));
  });
});
