// Moderation and duplicates through the gate, against the real database: screening holds a
// citizen's input with a phone number, the review queue lists it, redaction stores a public
// version while the original stays, approval releases it; duplicates keep both inputs and
// count the point once ("Nevnt av N"). The demo form holding an input with a phone number is
// checked in demo-seed.test.ts, on the demo data.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { arrivalFields } from "@/features/knowledge/arrival";
import { publicText } from "@/features/knowledge/moderation/public-text";
import { inputForRedaction, listReviewQueue } from "@/features/knowledge/moderation/queries";
import { similarInputs } from "@/features/knowledge/similarity/queries";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeInput } from "../support/fixtures/inbox";
import { makeProcess } from "../support/fixtures/processes";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
}, 60_000);
const run = (name: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });
const stored = (id: string) =>
  db.input.findUniqueOrThrow({
    where: { id },
    select: { text: true, redactedText: true, flags: true, heldForReview: true, isHidden: true, duplicateOfId: true },
  });
/** Whether the review queue lists the input (paged from just before it, so other tests' rows don't push it off the page). */
async function inQueue(id: string) {
  const { submittedAt } = await db.input.findUniqueOrThrow({ where: { id }, select: { submittedAt: true } });
  const page = await listReviewQueue({ submittedAt: new Date(submittedAt.getTime() + 1), id: "00000000-0000-4000-8000-000000000000" });
  return page.rows.some((r) => r.id === id);
}
/** An input as every arrival path stores it: lemmas and screening verdict included. */
const arrive = (text: string, processId?: string) => makeInput({ text, ...arrivalFields(text), ...(processId ? { processId } : {}) });

describe("screening on arrival", () => {
  it("lets a plain input through", async () => {
    const i = await arrive("Det trengs flere benker langs elvestien.");
    expect(await stored(i.id)).toMatchObject({ flags: [], heldForReview: false });
  });
});

describe("redaction and approval", () => {
  it("stores the public version, keeps the original, and audits without the text", async () => {
    const i = await arrive("Naboen min, Arne Kristiansen, har schizofreni. Ring 922 45 871.");
    expect((await stored(i.id)).flags).toEqual(["phone", "health-person"]);
    const r = await run("redactInput", { inputId: i.id, redactedText: "Naboen min, [sladdet], har schizofreni. Ring [sladdet]." });
    expect(r.status).toBe("success");
    const after = await stored(i.id);
    expect(after.text).toBe("Naboen min, Arne Kristiansen, har schizofreni. Ring 922 45 871.");
    expect(after.redactedText).toBe("Naboen min, [sladdet], har schizofreni. Ring [sladdet].");
    // Still held until someone approves: nothing is quoted yet.
    expect(after.heldForReview).toBe(true);
    expect(publicText(after)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: i.id, action: "input.moderate" },
      orderBy: { at: "desc" },
      select: { details: true },
    });
    expect(JSON.stringify(audit.details)).not.toMatch(/Arne|sladdet|922/);

    expect((await run("approveInput", { inputId: i.id })).status).toBe("success");
    const approved = await stored(i.id);
    expect(approved).toMatchObject({ heldForReview: false, flags: ["phone", "health-person"] });
    expect(publicText(approved)).toBe("Naboen min, [sladdet], har schizofreni. Ring [sladdet].");
    expect(await inQueue(i.id)).toBe(false);
    // The page reads the original for administrators only (the route checks input.moderate).
    expect((await inputForRedaction(i.id))?.text).toContain("Arne Kristiansen");
  });

  it("approving without a redaction clears the flags (history in the audit log) and makes the text quotable", async () => {
    const i = await arrive("Kommunen burde skytes for dette.");
    expect((await stored(i.id)).flags).toEqual(["abuse"]);
    await run("approveInput", { inputId: i.id });
    const after = await stored(i.id);
    expect(after).toMatchObject({ heldForReview: false, flags: [] });
    expect(publicText(after)).toBe("Kommunen burde skytes for dette.");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: i.id }, orderBy: { at: "desc" }, select: { details: true } });
    expect(audit.details).toMatchObject({ approved: true, clearedFlags: ["abuse"] });
  });

  it("clearing a redaction of a flagged input puts it back in review", async () => {
    const i = await arrive("Send svar til kari@example.no");
    await run("redactInput", { inputId: i.id, redactedText: "Send svar til [sladdet]" });
    await run("approveInput", { inputId: i.id });
    expect((await run("clearRedaction", { inputId: i.id })).status).toBe("success");
    const after = await stored(i.id);
    expect(after).toMatchObject({ redactedText: null, heldForReview: true });
    expect(publicText(after)).toBeNull();
  });

  it("refuses an empty public version with a message at the field", async () => {
    const i = await arrive("Ring meg på 481 23 456");
    const r = await run("redactInput", { inputId: i.id, redactedText: "   " });
    expect(r.status).toBe("error");
    if (r.status === "error") expect(Object.keys(r.fieldErrors)).toEqual(["redactedText"]);
    expect((await stored(i.id)).redactedText).toBeNull();
  });

  it("hiding a held input (the inbox's command) takes it out of the queue", async () => {
    const i = await arrive("Dere er noen jævla idioter.");
    expect(await inQueue(i.id)).toBe(true);
    await run("hideInput", { inputId: i.id, reason: "ABUSIVE", note: "" });
    expect(await inQueue(i.id)).toBe(false);
  });
});

describe("duplicates", () => {
  it("marks a duplicate, keeps both, and counts the point once (mentioned by 2)", async () => {
    const p = (await makeProcess({ status: "PUBLISHED" })).id;
    const original = await arrive("Vi trenger flere gratis aktiviteter for ungdom på Fjell i helgene. Fritidsklubben er stengt fredag og lørdag.", p);
    const dup = await arrive("vi trenger flere gratis aktiviteter for ungdom på fjell i helgene!! fritidsklubben er stengt fredag og lørdag", p);
    await arrive("Bussen til Konnerud går for sjelden på kveldstid.", p);

    const before = await similarInputs(dup.id);
    expect(before?.nearDuplicates.map((s) => s.id)).toEqual([original.id]);
    expect(before?.nearDuplicates[0]!.score).toBeGreaterThan(0.8);

    expect((await run("markDuplicate", { inputId: dup.id, originalId: original.id })).status).toBe("success");
    expect((await stored(dup.id)).duplicateOfId).toBe(original.id);
    expect(await db.input.count({ where: { id: { in: [dup.id, original.id] } } })).toBe(2);
    const after = await similarInputs(original.id);
    expect(after?.input.mentionedBy).toBe(2);
    expect((await similarInputs(dup.id))?.input.duplicateOf).toMatchObject({ id: original.id, mentionedBy: 2 });

    expect((await run("unmarkDuplicate", { inputId: dup.id })).status).toBe("success");
    expect((await similarInputs(original.id))?.input.mentionedBy).toBe(1);
  });

  it("finds a same-point rewording apart from near-duplicates", async () => {
    const p = (await makeProcess({ status: "PUBLISHED" })).id;
    const a = await arrive(
      "Jeg ønsker meg et Drammen der det er naturlig å hilse på hverandre. Kanskje kommunen kan ta initiativ til en årlig nabodag med grilling og aktiviteter i alle bydeler.",
      p,
    );
    const b = await arrive(
      "Ønsker meg et Drammen der det er naturlig å hilse på naboen. Kanskje kommunen kunne tatt initiativ til en årlig nabodag med grilling og aktiviteter i hver bydel?",
      p,
    );
    const r = await similarInputs(a.id);
    expect([...r!.nearDuplicates, ...r!.samePoint].map((s) => s.id)).toContain(b.id);
  });

  it("never points to itself, follows a duplicate to its original, refuses cycles and other processes", async () => {
    const p = (await makeProcess({ status: "PUBLISHED" })).id;
    const o = await makeInput({ processId: p });
    const d1 = await makeInput({ processId: p });
    const d2 = await makeInput({ processId: p });
    const elsewhere = await makeInput();

    const self = await run("markDuplicate", { inputId: o.id, originalId: o.id });
    expect(self.status).toBe("error");
    expect((await stored(o.id)).duplicateOfId).toBeNull();

    await run("markDuplicate", { inputId: d1.id, originalId: o.id });
    // d2 → d1 (a duplicate) lands on o, the original.
    expect((await run("markDuplicate", { inputId: d2.id, originalId: d1.id })).status).toBe("success");
    expect((await stored(d2.id)).duplicateOfId).toBe(o.id);
    expect((await similarInputs(o.id))?.input.mentionedBy).toBe(3);

    // o → d1 would be a cycle (d1's original is o).
    const cycle = await run("markDuplicate", { inputId: o.id, originalId: d1.id });
    expect(cycle.status).toBe("error");
    expect((await stored(o.id)).duplicateOfId).toBeNull();

    const cross = await run("markDuplicate", { inputId: elsewhere.id, originalId: o.id });
    expect(cross.status).toBe("error");
    expect((await stored(elsewhere.id)).duplicateOfId).toBeNull();
  });

  it("when an original becomes a duplicate, its duplicates move along (no chains)", async () => {
    const p = (await makeProcess({ status: "PUBLISHED" })).id;
    const [a, b, c] = [await makeInput({ processId: p }), await makeInput({ processId: p }), await makeInput({ processId: p })];
    await run("markDuplicate", { inputId: b.id, originalId: a.id });
    await run("markDuplicate", { inputId: a.id, originalId: c.id });
    expect((await stored(a.id)).duplicateOfId).toBe(c.id);
    expect((await stored(b.id)).duplicateOfId).toBe(c.id);
  });
});

describe("permissions", () => {
  it("refuses politicians and group leaders and changes nothing", async () => {
    const i = await arrive("Ring meg på 922 45 871");
    for (const role of ["POLITICIAN", "GROUP_LEADER"] as const) {
      const user = (await createUser(role)).id;
      const r = await runAction(COMMANDS.approveInput!, { userId: user, input: { inputId: i.id } });
      expect(r.status).toBe("error");
    }
    expect((await stored(i.id)).heldForReview).toBe(true);
  });
});
