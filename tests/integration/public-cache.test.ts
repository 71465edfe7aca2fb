// Issue #20: public pages read processes, forms and heard pages from memory
// (src/lib/public-cache.ts), and every figure must stay exact: after a change through the gate,
// or a write by anyone else (another app instance, a script — here a second connection), the
// next read shows the new state at once. The version is bumped at COMMIT by triggers
// (migration 20261207160000_public_content_version); without them these tests read stale data.
// A hit costs one statement (the version); concurrent pages share version reads.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { getPublicForm, listOpenForms } from "@/features/forms/queries";
import { publicDecisions } from "@/features/group-leader/decisions/queries";
import { getPublicHeard, heardIsPublic } from "@/features/knowledge/heard/queries";
import { getPublicProcess, listPublishedProcesses } from "@/features/processes/queries";
import { PrismaClient } from "@/generated/prisma/client";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { missingPage } from "@/lib/missing-pages";
import { currentPublicVersion } from "@/lib/public-cache";
import { createUser } from "../support/factories";
import { makeForm } from "../support/fixtures/forms";
import { makeInput } from "../support/fixtures/inbox";
import { makeHeardPage } from "../support/fixtures/knowledge-heard";
import { makeProcess } from "../support/fixtures/processes";

// The app's client on a pool that counts the statements it sends (lib/db.ts keeps it on globalThis).
let statements = 0;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL! });
pool.on("connect", (conn) => {
  const query = conn.query.bind(conn) as (...args: unknown[]) => unknown;
  (conn as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements++;
    return query(...args);
  };
});
(globalThis as { medvirkDb?: PrismaClient }).medvirkDb = new PrismaClient({ adapter: new PrismaPg(pool) });

let admin = "";
// «Another instance»: a connection of its own, outside the app's Prisma client.
const other = new pg.Client({ connectionString: process.env.DATABASE_URL! });
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
  await other.connect();
}, 180_000);
afterAll(() => other.end());
const run = (name: keyof typeof COMMANDS, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });
const unique = () => randomBytes(4).toString("hex");

describe("the process page and the front page", () => {
  it("show a framework edited through the gate at once", { timeout: 60_000 }, async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    expect((await getPublicProcess(p.slug))?.goal).toBe("Et mål");
    expect((await listPublishedProcesses()).map((x) => x.slug)).toContain(p.slug);
    const state = await run("updateProcess", {
      processId: p.id,
      title: "Ny tittel",
      slug: p.slug,
      summary: "Nytt sammendrag",
      goal: "Nytt mål",
      expectationGap: "Forventninger",
      inputUsePlan: "Plan",
      frameworkItems: "",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
    expect(state.status).toBe("success");
    expect(await getPublicProcess(p.slug)).toMatchObject({ title: "Ny tittel", goal: "Nytt mål" });
    expect((await listPublishedProcesses()).find((x) => x.slug === p.slug)?.summary).toBe("Nytt sammendrag");
  });

  it("see a write committed by another connection, and a process taken down disappears from the list and the proxy's check", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    expect(await getPublicProcess(p.slug)).not.toBeNull();
    expect(await missingPage("GET", `/prosesser/${p.slug}`)).toBeNull();
    await other.query(`UPDATE phase SET title = 'Ny fase' WHERE process_id = $1`, [p.id]);
    expect((await getPublicProcess(p.slug))?.phases.map((x) => x.title)).toEqual(["Ny fase"]);
    await other.query(`UPDATE process SET status = 'DRAFT' WHERE id = $1`, [p.id]);
    expect(await getPublicProcess(p.slug)).toBeNull();
    expect((await listPublishedProcesses()).map((x) => x.slug)).not.toContain(p.slug);
    expect(await missingPage("GET", `/prosesser/${p.slug}`)).toBe("process");
  });

  it("does not show a change before it is committed, and shows it right after", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    await other.query("BEGIN");
    await other.query(`UPDATE process SET goal = 'Uferdig' WHERE id = $1`, [p.id]);
    expect((await getPublicProcess(p.slug))?.goal).toBe("Et mål");
    await other.query("COMMIT");
    expect((await getPublicProcess(p.slug))?.goal).toBe("Uferdig");
  });

  it("drops an upcoming activity when it ends, without any write", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    const soon = new Date(Date.now() + 1500);
    const method = await db.method.create({
      data: { slug: `metode-${unique()}`, name: `Metode ${unique()}`, timeLevel: "LOW", moneyLevel: "LOW", effortLevel: "LOW", channel: "PHYSICAL" },
      select: { id: true },
    });
    await db.activity.create({
      data: {
        processId: p.id,
        methodId: method.id,
        title: `Møte ${unique()}`,
        isPublic: true,
        status: "PLANNED",
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: soon,
      },
    });
    expect((await getPublicProcess(p.slug))?.activities).toHaveLength(1);
    await new Promise((r) => setTimeout(r, soon.getTime() - Date.now() + 50));
    expect((await getPublicProcess(p.slug))?.activities).toHaveLength(0);
  });

  it("lists a form as open only between its opening and closing times", async () => {
    const f = await makeForm(undefined, { published: true });
    const now = new Date();
    expect(await listOpenForms(f.processId, now)).toEqual([{ slug: f.slug, texts: { nb: { title: "Gi innspill" } } }]);
    await other.query(`UPDATE form SET closes_at = $2 WHERE id = $1`, [f.id, new Date(now.getTime() + 60_000)]);
    expect(await listOpenForms(f.processId, now)).toHaveLength(1);
    expect(await listOpenForms(f.processId, new Date(now.getTime() + 61_000))).toHaveLength(0);
  });

  it("shows a decision made public at once", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    const m = await db.milestone.create({
      data: { processId: p.id, date: new Date("2026-06-01"), title: "Bystyret", isDecisionPoint: true },
      select: { id: true },
    });
    const q = await db.decisionQuestion.create({
      data: { milestoneId: m.id, position: 1, question: "Benker?", decidedText: "Ja", decidedOn: new Date("2026-06-01") },
      select: { id: true },
    });
    expect(await publicDecisions(p.id)).toEqual([]);
    await other.query(`UPDATE decision_question SET is_public = true WHERE id = $1`, [q.id]);
    expect((await publicDecisions(p.id)).map((x) => x.question)).toEqual(["Benker?"]);
  });
});

describe("the form page", () => {
  it("shows a field changed in the form builder at once, and a form taken down is missing", async () => {
    const f = await makeForm(undefined, { published: true });
    expect((await getPublicForm(f.slug))?.fields.map((x) => x.key)).toEqual(["innspill", "alder"]);
    expect(await missingPage("GET", `/skjema/${f.slug}`)).toBeNull();
    const state = await run("saveFormField", { processId: f.processId, formId: f.id, type: "SHORT_TEXT", labelNb: "Hvor bor du?" });
    expect(state.status).toBe("success");
    expect((await getPublicForm(f.slug))?.fields).toHaveLength(3);
    await other.query(`UPDATE form SET is_published = false WHERE id = $1`, [f.id]);
    expect(await getPublicForm(f.slug)).toBeNull();
    expect(await missingPage("GET", `/skjema/${f.slug}`)).toBe("form");
  });

  it("offers a district added by the administration at once", async () => {
    const f = await makeForm(undefined, { published: true });
    const name = `Bydel ${unique()}`;
    expect((await getPublicForm(f.slug))?.districts.map((d) => d.name)).not.toContain(name);
    expect((await run("saveDistrict", { name })).status).toBe("success");
    expect((await getPublicForm(f.slug))?.districts.map((d) => d.name)).toContain(name);
  });
});

describe("«Dette har vi hørt»", () => {
  it("appears when published and goes when taken down; a new input counts at once", async () => {
    const h = await makeHeardPage({ themes: 1, published: false });
    expect(await heardIsPublic(h.slug)).toBe(false);
    expect(await getPublicHeard(h.slug)).toBeNull();
    expect((await run("publishHeardPage", { processId: h.processId })).status).toBe("success");
    expect(await heardIsPublic(h.slug)).toBe(true);
    const before = await getPublicHeard(h.slug);
    expect(before?.themes).toHaveLength(1);
    // Counts and quotes depend on inputs and stay live.
    await other.query(`UPDATE heard_theme SET category = 'NEED', tag_id = NULL WHERE id = $1`, [h.themes[0]]);
    const counted = (await getPublicHeard(h.slug))!.themes[0]!.count;
    expect(counted).toBe(0);
    await makeInput({ processId: h.processId, category: "NEED" });
    expect((await getPublicHeard(h.slug))!.themes[0]!.count).toBe(1);
    await other.query(`UPDATE heard_theme SET summary = 'Endret oppsummering' WHERE id = $1`, [h.themes[0]]);
    expect((await getPublicHeard(h.slug))!.themes[0]!.summary).toBe("Endret oppsummering");
    expect((await run("unpublishHeardPage", { processId: h.processId })).status).toBe("success");
    expect(await heardIsPublic(h.slug)).toBe(false);
    expect(await getPublicHeard(h.slug)).toBeNull();
  });
});

describe("cost", () => {
  it("a cached read is one statement; 50 at once share the version reads", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    await getPublicProcess(p.slug);
    const count = async (fn: () => Promise<unknown>) => {
      statements = 0;
      await fn();
      return statements;
    };
    expect(await count(() => getPublicProcess(p.slug))).toBe(1);
    // A miss: the version, then the process and its parts (Prisma reads relations one query each).
    await other.query(`UPDATE process SET goal = 'Endret' WHERE id = $1`, [p.id]);
    expect(await count(() => Promise.all(Array.from({ length: 50 }, () => getPublicProcess(p.slug))))).toBeLessThanOrEqual(12);
    expect(await count(() => Promise.all(Array.from({ length: 50 }, () => getPublicProcess(p.slug))))).toBeLessThanOrEqual(2);
  });

  it("the version changes once per committed transaction that touches public content, and not for an input", async () => {
    const v0 = await currentPublicVersion();
    await makeInput({});
    // makeInput makes a process too (one bump); the input itself adds none.
    const v1 = await currentPublicVersion();
    const processId = (await makeProcess({ status: "PUBLISHED" })).id;
    const v2 = await currentPublicVersion();
    expect(v2).toBe(v1 + 1n);
    expect(v1 - v0).toBe(1n);
    await makeInput({ processId });
    expect(await currentPublicVersion()).toBe(v2);
  });
});
