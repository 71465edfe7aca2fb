// "Dette har vi hørt" through the gate and the public reads: publishing needs a summary,
// quotes only ever come through publicText() (at request time), counts are live SQL
// (hidden left out, duplicates once), and themes reorder by buttons.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { chosenQuotes, getHeardEditor, getPublicHeard, heardIsPublic, quoteCandidates } from "@/features/knowledge/heard/queries";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeInput } from "../support/fixtures/inbox";
import { makeHeardPage, makeTaggedInput, makeTopic } from "../support/fixtures/knowledge-heard";
import { makeProcess } from "../support/fixtures/processes";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const run = (name: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });
const themeInput = (processId: string, extra: Record<string, unknown> = {}) => ({
  processId,
  themeId: "",
  title: "Benker",
  summary: "",
  usage: "",
  tagId: "",
  category: "",
  ...extra,
});

describe("publishing", () => {
  it("is refused with a clear message until a theme has a summary, then the public page appears", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    // No page at all yet.
    expect(await run("publishHeardPage", { processId: p.id })).toMatchObject({
      status: "error",
      message: expect.stringContaining("oppsummering i minst ett tema"),
    });
    const theme = await run("saveHeardTheme", themeInput(p.id));
    expect(theme.status).toBe("success");
    expect(await run("publishHeardPage", { processId: p.id })).toMatchObject({ status: "error", message: expect.stringContaining("oppsummering") });
    expect(await getPublicHeard(p.slug)).toBeNull();
    expect(await heardIsPublic(p.slug)).toBe(false);

    const themeId = theme.status === "success" ? (theme.data as { id: string }).id : "";
    expect((await run("saveHeardTheme", themeInput(p.id, { themeId, summary: "Mange savner benker med armlener." }))).status).toBe("success");
    expect((await run("publishHeardPage", { processId: p.id })).status).toBe("success");
    const heard = await getPublicHeard(p.slug);
    expect(heard?.themes.map((t) => t.summary)).toEqual(["Mange savner benker med armlener."]);
    expect(await heardIsPublic(p.slug)).toBe(true);

    expect((await run("unpublishHeardPage", { processId: p.id })).status).toBe("success");
    expect(await getPublicHeard(p.slug)).toBeNull();
  });

  it("shows only themes with a summary, and nothing for a process that is not public", async () => {
    const p = await makeHeardPage({ themes: 2, published: true });
    expect((await getPublicHeard(p.slug))?.themes.map((t) => t.id)).toEqual([p.themes[0]]);
    await db.process.update({ where: { id: p.processId }, data: { status: "DRAFT" } });
    expect(await getPublicHeard(p.slug)).toBeNull();
    expect(await heardIsPublic(p.slug)).toBe(false);
  });

  it("refuses to delete the last theme with a summary of a published page", async () => {
    const p = await makeHeardPage({ published: true });
    expect(await run("deleteHeardTheme", { processId: p.processId, themeId: p.themes[0] })).toMatchObject({
      status: "error",
      message: expect.stringContaining("Avpubliser"),
    });
    expect(await db.heardTheme.count({ where: { id: p.themes[0] } })).toBe(1);
  });

  it("refuses changes in an archived process and themes of another process", async () => {
    const p = await makeHeardPage();
    const other = await makeHeardPage();
    expect(await run("saveHeardTheme", themeInput(p.processId, { themeId: other.themes[0], title: "Kapret" }))).toMatchObject({
      status: "error",
      message: expect.stringContaining("Fant ikke temaet"),
    });
    expect((await db.heardTheme.findUniqueOrThrow({ where: { id: other.themes[0] } })).title).toBe("Tema 1");
    await db.process.update({ where: { id: p.processId }, data: { status: "ARCHIVED" } });
    expect((await run("saveHeardPage", { processId: p.processId, intro: "Ny", usage: "" })).status).toBe("error");
  });

  it("keeps what the user typed and names the field when the title is missing", async () => {
    const p = await makeHeardPage();
    const state = await runAction(COMMANDS.saveHeardTheme!, {
      userId: admin,
      input: themeInput(p.processId, { title: " ", summary: "Noe" }),
      values: { summary: "Noe" },
    });
    expect(state).toMatchObject({ status: "error", fieldErrors: { title: expect.any(String) }, values: { summary: "Noe" } });
  });
});

describe("quotes go through publicText()", () => {
  it("lists and shows only the public version; hidden, held and flagged originals never appear", async () => {
    const p = await makeHeardPage({ published: true });
    const tagged = (text: string, data: Parameters<typeof makeTaggedInput>[2] = {}) => makeTaggedInput(p.processId, p.topicId, { text, ...data });
    const plain = await tagged("Benkene på torget er for lave.");
    const hidden = await tagged("Skjult innspill.", { isHidden: true, hiddenReason: "SPAM" });
    const held = await tagged("Holdt tilbake til vurdering.", { heldForReview: true });
    const flagged = await tagged("Ring meg på 912 34 567.", { flags: ["phone"] });
    const redacted = await tagged("Kari Nordmann på 912 34 567 savner benker.", { flags: ["phone"], redactedText: "[navn] på [telefon] savner benker." });

    const candidates = await quoteCandidates(p.processId, { tagId: p.topicId, category: null });
    const texts = candidates.rows.map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(["Benkene på torget er for lave.", "[navn] på [telefon] savner benker."]));
    expect(candidates.rows.map((r) => r.id).sort()).toEqual([plain.id, redacted.id].sort());
    expect(JSON.stringify(candidates)).not.toContain("Kari Nordmann");

    for (const bad of [hidden, held, flagged]) {
      const state = await run("setHeardQuotes", { processId: p.processId, themeId: p.themes[0], shownIds: [bad.id], quoteIds: [bad.id] });
      expect(state).toMatchObject({ status: "error", fieldErrors: { quoteIds: expect.stringContaining("kan ikke vises offentlig") } });
    }
    // An input of another process cannot be quoted either.
    const foreign = await makeInput({ text: "Fra en annen prosess." });
    expect((await run("setHeardQuotes", { processId: p.processId, themeId: p.themes[0], shownIds: [], quoteIds: [foreign.id] })).status).toBe("error");

    expect(
      (await run("setHeardQuotes", { processId: p.processId, themeId: p.themes[0], shownIds: [plain.id, redacted.id], quoteIds: [plain.id, redacted.id] }))
        .status,
    ).toBe("success");
    let heard = await getPublicHeard(p.slug);
    expect(heard?.themes[0]?.quotes.map((q) => q.text)).toEqual(["Benkene på torget er for lave.", "[navn] på [telefon] savner benker."]);
    expect(JSON.stringify(heard)).not.toContain("Kari Nordmann");

    // Hidden later: the quote disappears at the next request; the editor says why.
    await db.input.update({ where: { id: plain.id }, data: { isHidden: true, hiddenReason: "PERSONAL_DATA" } });
    heard = await getPublicHeard(p.slug);
    expect(heard?.themes[0]?.quotes.map((q) => q.text)).toEqual(["[navn] på [telefon] savner benker."]);
    expect((await chosenQuotes(p.themes[0]!)).find((q) => q.inputId === plain.id)?.publicText).toBeNull();
    // Held for review later: gone too; released but with its redaction removed while flagged: still gone.
    await db.input.update({ where: { id: redacted.id }, data: { heldForReview: true } });
    expect((await getPublicHeard(p.slug))?.themes[0]?.quotes).toEqual([]);
    await db.input.update({ where: { id: redacted.id }, data: { heldForReview: false, redactedText: null } });
    expect((await getPublicHeard(p.slug))?.themes[0]?.quotes).toEqual([]);
  });

  it("keeps choices made on other pages of candidates and unticks only what was shown", async () => {
    const p = await makeHeardPage();
    const [a, b, c] = [
      await makeTaggedInput(p.processId, p.topicId),
      await makeTaggedInput(p.processId, p.topicId),
      await makeTaggedInput(p.processId, p.topicId),
    ];
    const set = (shownIds: string[], quoteIds: string[]) => run("setHeardQuotes", { processId: p.processId, themeId: p.themes[0], shownIds, quoteIds });
    expect((await set([a.id, b.id], [a.id, b.id])).status).toBe("success");
    // A later page shows only c: a and b stay chosen, c is added last.
    expect((await set([c.id], [c.id])).status).toBe("success");
    expect((await chosenQuotes(p.themes[0]!)).map((q) => q.inputId)).toEqual([a.id, b.id, c.id]);
    // Back on the first page, a unticked.
    expect((await set([a.id, b.id], [b.id])).status).toBe("success");
    expect((await chosenQuotes(p.themes[0]!)).map((q) => q.inputId)).toEqual([b.id, c.id]);
  });
});

describe("live counts", () => {
  it("counts non-hidden inputs of the process for the topic and/or category, a duplicate once", async () => {
    const p = await makeHeardPage({ published: true });
    const input = (data: Parameters<typeof makeTaggedInput>[2] = {}) => makeTaggedInput(p.processId, p.topicId, data);
    const first = await input({ category: "NEED" });
    await input({ category: "NEED" });
    await input({ category: "CHALLENGE" });
    await input({ category: "NEED", isHidden: true, hiddenReason: "SPAM" });
    await input({ category: "NEED", duplicateOfId: first.id });
    await input({ category: "NEED", heldForReview: true }); // held: counted, never quoted
    await makeInput({ processId: p.processId, category: "NEED" }); // untagged
    await makeTaggedInput((await makeProcess({ status: "PUBLISHED" })).id, p.topicId, { category: "NEED" }); // other process

    const countOf = async () => (await getPublicHeard(p.slug))?.themes[0]?.count;
    expect(await countOf()).toBe(4);
    const theme = await db.heardTheme.findUniqueOrThrow({ where: { id: p.themes[0] }, select: { title: true, summary: true } });
    const retarget = (tagId: string, category: string) => run("saveHeardTheme", themeInput(p.processId, { themeId: p.themes[0], ...theme, tagId, category }));
    expect((await retarget(p.topicId, "NEED")).status).toBe("success");
    expect(await countOf()).toBe(3);
    expect((await retarget("", "CHALLENGE")).status).toBe("success");
    expect(await countOf()).toBe(1);
    expect((await retarget("", "")).status).toBe("success");
    expect(await countOf()).toBeNull();

    // The editor sees the same figure.
    expect((await retarget(p.topicId, "")).status).toBe("success");
    const { page, counts } = await getHeardEditor(p.processId);
    expect(counts.get(page!.themes[0]!.id)).toBe(4);
  });

  it("follows a topic that was merged into another", async () => {
    const p = await makeHeardPage({ published: true });
    const target = await makeTopic();
    await makeTaggedInput(p.processId, p.topicId);
    await makeTaggedInput(p.processId, target.id);
    await db.tag.update({ where: { id: p.topicId }, data: { mergedIntoId: target.id } });
    expect((await getPublicHeard(p.slug))?.themes[0]?.count).toBe(2);
  });
});

describe("ordering", () => {
  it("moves a theme up and down by buttons; the ends stay put", async () => {
    const p = await makeHeardPage({ themes: 3 });
    const order = async () => (await getHeardEditor(p.processId)).page!.themes.map((t) => t.id);
    const [a, b, c] = p.themes;
    expect((await run("moveHeardTheme", { processId: p.processId, themeId: c, direction: "up" })).status).toBe("success");
    expect(await order()).toEqual([a, c, b]);
    expect((await run("moveHeardTheme", { processId: p.processId, themeId: a, direction: "up" })).status).toBe("success");
    expect(await order()).toEqual([a, c, b]);
    expect((await run("moveHeardTheme", { processId: p.processId, themeId: a, direction: "down" })).status).toBe("success");
    expect(await order()).toEqual([c, a, b]);
    // A new theme goes last.
    expect((await run("saveHeardTheme", themeInput(p.processId, { title: "Nytt" }))).status).toBe("success");
    expect((await order()).slice(0, 3)).toEqual([c, a, b]);
    expect(await order()).toHaveLength(4);
  });
});
