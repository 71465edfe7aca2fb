// The form builder through the gate: what protects citizens' answers (no deleting or retyping
// a field that holds answers, no new required fields once inputs exist), ordering, options per
// language, addresses, and that the preview shows exactly what the public form would.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { getFormPreview } from "@/features/forms/builder/queries";
import { getPublicForm } from "@/features/forms/queries";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeForm } from "../support/fixtures/forms";
import { makeProcess } from "../support/fixtures/processes";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const run = (name: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });
const keysInOrder = async (formId: string) =>
  (await db.formField.findMany({ where: { formId }, orderBy: { position: "asc" }, select: { key: true, position: true } })).map(
    (f) => `${f.position}:${f.key}`,
  );

async function addInput(form: { id: string; processId: string }, data: Record<string, unknown> = {}) {
  return db.input.create({
    data: { processId: form.processId, formId: form.id, text: "", channel: "FORM", receiptCode: randomBytes(5).toString("hex").toUpperCase(), ...data },
  });
}

describe("deleting a field", () => {
  it("is refused while inputs hold answers in it, and says how many", async () => {
    const form = await makeForm([
      { key: "innspill", type: "LONG_TEXT", required: true },
      { key: "hvor", type: "SHORT_TEXT" },
      { key: "alder", type: "AGE_BAND" },
    ]);
    await addInput(form, { text: "Mer benker", answers: { hvor: "Strømsø" } });
    await addInput(form, { text: "Flere busser", answers: { hvor: "Bragernes" }, ageMin: 67, ageMax: 79 });
    await addInput(form, { text: "Lys i parken", answers: { hvor: null } });
    const [text, hvor, alder] = form.fields;

    const refused = await run("deleteFormField", { processId: form.processId, formId: form.id, fieldId: hvor!.id });
    expect(refused).toMatchObject({ status: "error", message: expect.stringContaining("2 innspill har svar") });
    expect((await run("deleteFormField", { processId: form.processId, formId: form.id, fieldId: text!.id })).status).toBe("error");
    expect(await run("deleteFormField", { processId: form.processId, formId: form.id, fieldId: alder!.id })).toMatchObject({
      status: "error",
      message: expect.stringContaining("1 innspill har svar"),
    });
    expect(await keysInOrder(form.id)).toEqual(["1:innspill", "2:hvor", "3:alder"]);
  });

  it("works for a field without answers (null and empty answers do not count), and closes the gap", async () => {
    const form = await makeForm([
      { key: "innspill", type: "LONG_TEXT", required: true },
      { key: "tema", type: "MULTI_CHOICE", options: ["A", "B"] },
      { key: "bydel", type: "DISTRICT" },
      { key: "kontakt", type: "CONTACT" },
    ]);
    await addInput(form, { text: "Noe", answers: { tema: [] } });
    for (const field of [form.fields[1]!, form.fields[2]!]) {
      expect(await run("deleteFormField", { processId: form.processId, formId: form.id, fieldId: field.id })).toMatchObject({ status: "success" });
    }
    expect(await keysInOrder(form.id)).toEqual(["1:innspill", "2:kontakt"]);
  });

  it("refuses a contact field when an input left contact details", async () => {
    const form = await makeForm([
      { key: "innspill", type: "LONG_TEXT", required: true },
      { key: "kontakt", type: "CONTACT" },
    ]);
    await addInput(form, { text: "Noe", contact: { create: { name: "Kari", email: "kari@example.no", consentAt: new Date() } } });
    expect((await run("deleteFormField", { processId: form.processId, formId: form.id, fieldId: form.fields[1]!.id })).status).toBe("error");
  });
});

describe("adding and changing fields", () => {
  const base = (form: { id: string; processId: string }) => ({ processId: form.processId, formId: form.id });

  it("refuses a new required field on a form with inputs, but allows an optional one", async () => {
    const form = await makeForm();
    await addInput(form, { text: "Noe" });
    const required = await run("saveFormField", { ...base(form), type: "SHORT_TEXT", required: "on", labelNb: "Postnummer" });
    expect(required).toMatchObject({ status: "error", fieldErrors: { required: expect.stringContaining("Nye felt må være valgfrie") } });
    const optional = await run("saveFormField", { ...base(form), type: "SHORT_TEXT", labelNb: "Postnummer" });
    expect(optional).toMatchObject({ status: "success", data: { key: "postnummer", created: true } });
    expect(await keysInOrder(form.id)).toEqual(["1:innspill", "2:alder", "3:postnummer"]);
  });

  it("allows a required field while the form has no inputs", async () => {
    const form = await makeForm();
    expect(await run("saveFormField", { ...base(form), type: "SCALE", required: "on", labelNb: "Hvor fornøyd er du?" })).toMatchObject({ status: "success" });
    expect(await db.formField.findFirst({ where: { formId: form.id, key: "hvor-fornoyd-er-du" }, select: { required: true } })).toEqual({ required: true });
  });

  it("keeps keys stable and unique per form, and never uses the public form's own names", async () => {
    const form = await makeForm([{ key: "hvor-bor-du" }]);
    const again = await run("saveFormField", { ...base(form), type: "SHORT_TEXT", labelNb: "Hvor bor du?" });
    expect(again).toMatchObject({ status: "success", data: { key: "hvor-bor-du-2" } });
    const reserved = await run("saveFormField", { ...base(form), type: "SHORT_TEXT", labelNb: "Nettsted" });
    expect(reserved).toMatchObject({ status: "success", data: { key: "nettsted-2" } });
    const id = (reserved as { data: { id: string } }).data.id;
    const renamed = await run("saveFormField", { ...base(form), fieldId: id, type: "SHORT_TEXT", labelNb: "Nettside", labelEn: "Website" });
    expect(renamed).toMatchObject({ status: "success", data: { key: "nettsted-2", created: false } });
    expect(await db.formField.findUnique({ where: { id }, select: { texts: true } })).toEqual({
      texts: { nb: { label: "Nettside" }, en: { label: "Website" } },
    });
  });

  it("refuses a field type change when the field holds answers, and removing options its answers use", async () => {
    const form = await makeForm([
      { key: "innspill", type: "LONG_TEXT", required: true },
      { key: "bosted", type: "SINGLE_CHOICE", options: ["Sentrum", "Utkant", "Annet"] },
    ]);
    await addInput(form, { text: "Noe", answers: { bosted: "2" } });
    const field = form.fields[1]!;
    const retype = await run("saveFormField", { ...base(form), fieldId: field.id, type: "SHORT_TEXT", labelNb: "Bosted" });
    expect(retype).toMatchObject({ status: "error", fieldErrors: { type: expect.stringContaining("1 innspill har svar") } });
    const fewer = await run("saveFormField", { ...base(form), fieldId: field.id, type: "SINGLE_CHOICE", labelNb: "Bosted", optionsNb: "Sentrum\nUtkant" });
    expect(fewer).toMatchObject({ status: "error", fieldErrors: { optionsNb: expect.stringContaining("Behold minst 3 valg") } });
    const reworded = await run("saveFormField", {
      ...base(form),
      fieldId: field.id,
      type: "SINGLE_CHOICE",
      labelNb: "Bosted",
      optionsNb: "Sentrum\nUtkanten\nAnnet sted\nVil ikke si",
    });
    expect(reworded.status).toBe("success");
  });

  it("refuses a second field of the same system type", async () => {
    const form = await makeForm();
    const second = await run("saveFormField", { ...base(form), type: "AGE_BAND", labelNb: "Alder igjen" });
    expect(second).toMatchObject({ status: "error", fieldErrors: { type: expect.stringContaining("bare én gang") } });
    expect((await run("saveFormField", { ...base(form), type: "LONG_TEXT", labelNb: "Noe mer?" })).status).toBe("success");
  });

  it("refuses choices whose count differs between languages", async () => {
    const form = await makeForm();
    const mismatch = await run("saveFormField", {
      ...base(form),
      type: "MULTI_CHOICE",
      labelNb: "Hva bruker du?",
      optionsNb: "Bibliotek\nSvømmehall\nPark",
      labelEn: "What do you use?",
      optionsEn: "Library\nSwimming pool",
    });
    expect(mismatch).toMatchObject({ status: "error", fieldErrors: { optionsEn: expect.stringContaining("like mange valg som på bokmål") } });
    const tooFew = await run("saveFormField", { ...base(form), type: "SINGLE_CHOICE", labelNb: "Ja eller nei?", optionsNb: "Ja" });
    expect(tooFew).toMatchObject({ status: "error", fieldErrors: { optionsNb: expect.any(String) } });
    const ok = await run("saveFormField", {
      ...base(form),
      type: "MULTI_CHOICE",
      labelNb: "Hva bruker du?",
      optionsNb: "Bibliotek\n\nSvømmehall\n",
      labelEn: "What do you use?",
      optionsEn: "Library\nSwimming pool",
    });
    expect(ok.status).toBe("success");
    const saved = await db.formField.findFirst({ where: { formId: form.id, type: "MULTI_CHOICE" }, select: { texts: true } });
    expect(saved?.texts).toEqual({
      nb: { label: "Hva bruker du?", options: ["Bibliotek", "Svømmehall"] },
      en: { label: "What do you use?", options: ["Library", "Swimming pool"] },
    });
  });
});

describe("moving fields", () => {
  it("moves one step at a time and keeps positions 1..n, also after gaps", async () => {
    const form = await makeForm([{ key: "a" }, { key: "b" }, { key: "c" }, { key: "d" }]);
    const [a, , c, d] = form.fields;
    const move = (fieldId: string, direction: "up" | "down") => run("moveFormField", { processId: form.processId, formId: form.id, fieldId, direction });
    expect((await move(c!.id, "up")).status).toBe("success");
    expect(await keysInOrder(form.id)).toEqual(["1:a", "2:c", "3:b", "4:d"]);
    await move(a!.id, "up"); // already first: nothing changes
    await move(d!.id, "down"); // already last
    expect(await keysInOrder(form.id)).toEqual(["1:a", "2:c", "3:b", "4:d"]);
    // Positions with gaps (e.g. from older data) are closed on the next move.
    await db.formField.update({ where: { id: d!.id }, data: { position: 9 } });
    await move(a!.id, "down");
    expect(await keysInOrder(form.id)).toEqual(["1:c", "2:a", "3:b", "4:d"]);
  });

  it("refuses a move that changes which long text is the input's text once inputs exist", async () => {
    const form = await makeForm([
      { key: "innspill", type: "LONG_TEXT", required: true },
      { key: "mer", type: "LONG_TEXT" },
    ]);
    await addInput(form, { text: "Noe" });
    const moved = await run("moveFormField", { processId: form.processId, formId: form.id, fieldId: form.fields[1]!.id, direction: "up" });
    expect(moved).toMatchObject({ status: "error", message: expect.stringContaining("første lange tekstfeltet") });
  });

  it("refuses a field of another process's form", async () => {
    const form = await makeForm();
    const other = await makeProcess();
    const moved = await run("moveFormField", { processId: other.id, formId: form.id, fieldId: form.fields[1]!.id, direction: "up" });
    expect(moved.status).toBe("error");
    expect(await keysInOrder(form.id)).toEqual(["1:innspill", "2:alder"]);
  });
});

describe("form settings", () => {
  it("makes a free address from the title, and refuses a typed address another form has", async () => {
    const p = await makeProcess();
    const title = `Trygg skolevei ${randomBytes(3).toString("hex")}`;
    const first = await run("saveForm", { processId: p.id, titleNb: title });
    const second = await run("saveForm", { processId: p.id, titleNb: title });
    expect(first).toMatchObject({ status: "success" });
    const slug = (first as { data: { slug: string } }).data.slug;
    expect(second).toMatchObject({ status: "success", data: { slug: `${slug}-2` } });
    const clash = await run("saveForm", { processId: p.id, formId: (second as { data: { id: string } }).data.id, titleNb: title, slug });
    expect(clash).toMatchObject({ status: "error", fieldErrors: { slug: expect.stringContaining("allerede i bruk") } });
  });

  it("stores texts per language, always offers bokmål, and checks the opening window", async () => {
    const p = await makeProcess();
    const bad = await run("saveForm", { processId: p.id, titleNb: "Skjema", opensAt: "2026-12-01T10:00", closesAt: "2026-12-01T09:00", introEn: "Hello" });
    expect(bad).toMatchObject({ status: "error", fieldErrors: { closesAt: expect.any(String), titleEn: expect.any(String) } });
    const ok = await run("saveForm", {
      processId: p.id,
      titleNb: "Skjema",
      languages: ["en", "nn"],
      titleEn: "Form",
      opensAt: "2026-07-01T12:00",
      closesAt: "",
    });
    const form = await db.form.findUniqueOrThrow({
      where: { id: (ok as { data: { id: string } }).data.id },
      select: { languages: true, texts: true, opensAt: true, closesAt: true },
    });
    expect(form).toEqual({
      languages: ["nb", "nn", "en"],
      texts: { nb: { title: "Skjema" }, en: { title: "Form" } },
      opensAt: new Date("2026-07-01T10:00:00Z"),
      closesAt: null,
    });
  });

  it("refuses to publish a form without fields, and a phase of another process", async () => {
    const p = await makeProcess();
    const other = await makeProcess();
    expect(await run("saveForm", { processId: p.id, titleNb: "Tomt", isPublished: "on" })).toMatchObject({
      status: "error",
      fieldErrors: { isPublished: expect.any(String) },
    });
    expect(await run("saveForm", { processId: p.id, titleNb: "Feil fase", phaseId: other.phases[0]!.id })).toMatchObject({
      status: "error",
      fieldErrors: { phaseId: expect.any(String) },
    });
  });

  it("lets a published form with inputs change its texts", async () => {
    const form = await makeForm(undefined, { published: true });
    await addInput(form, { text: "Noe" });
    const saved = await run("saveForm", { processId: form.processId, formId: form.id, titleNb: "Ny tittel", isPublished: "on" });
    expect(saved).toMatchObject({ status: "success", data: { slug: form.slug } });
    expect((await getPublicForm(form.slug))?.texts).toEqual({ nb: { title: "Ny tittel" } });
  });
});

describe("preview", () => {
  it("loads an unpublished form in the public form's shape, only within its own process", async () => {
    const form = await makeForm();
    expect(await getPublicForm(form.slug)).toBeNull();
    const preview = await getFormPreview(form.processId, form.id);
    expect(preview?.fields.map((f) => f.key)).toEqual(["innspill", "alder"]);
    expect(preview).toHaveProperty("districts");
    expect(preview).toHaveProperty("targetGroups");
    expect(await getFormPreview((await makeProcess()).id, form.id)).toBeNull();
  });
});

describe("the district list", () => {
  const order = async () =>
    (await db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { name: true, position: true } })).map(
      (d) => `${d.position}:${d.name}`,
    );

  it("adds at the end, renames with unique names, moves with contiguous positions", async () => {
    await db.district.deleteMany({ where: { inputs: { none: {} }, activities: { none: {} } } });
    const before = (await order()).length;
    const add = (name: string) => run("saveDistrict", { name });
    const a = await add("Strømsø");
    const b = await add("Bragernes");
    expect(a).toMatchObject({ status: "success", data: { created: true } });
    expect(await add("strømsø")).toMatchObject({ status: "error", fieldErrors: { name: expect.stringContaining("finnes allerede") } });
    const bId = (b as { data: { id: string } }).data.id;
    expect(await run("saveDistrict", { districtId: bId, name: "Bragernes sentrum" })).toMatchObject({ status: "success", data: { created: false } });
    expect(await db.district.findUnique({ where: { id: bId }, select: { slug: true } })).toEqual({ slug: "bragernes" });
    expect(await run("moveDistrict", { districtId: bId, direction: "up" })).toMatchObject({ status: "success" });
    const names = await order();
    expect(names.slice(before)).toEqual([`${before + 1}:Bragernes sentrum`, `${before + 2}:Strømsø`]);
    expect(names.map((n) => Number(n.split(":")[0]))).toEqual(names.map((_, i) => i + 1));
  });

  it("refuses to delete a district that inputs or activities use, and deletes an unused one", async () => {
    const used = (await run("saveDistrict", { name: `Fjell ${randomBytes(3).toString("hex")}` })) as { data: { id: string } };
    const form = await makeForm();
    await addInput(form, { text: "Noe", districtId: used.data.id });
    expect(await run("deleteDistrict", { districtId: used.data.id })).toMatchObject({
      status: "error",
      message: expect.stringContaining("1 innspill og 0 aktiviteter"),
    });
    const unused = (await run("saveDistrict", { name: `Konnerud ${randomBytes(3).toString("hex")}` })) as { data: { id: string } };
    expect(await run("deleteDistrict", { districtId: unused.data.id })).toMatchObject({ status: "success" });
    expect(await db.district.count({ where: { id: unused.data.id } })).toBe(0);
  });
});
