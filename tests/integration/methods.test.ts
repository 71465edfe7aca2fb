// The methods toolbox (verktøybank): the seeded methods, filtering, and create / update /
// delete through the gate with the messages an administrator sees.
// Database: the demo seed (tests/support/integration-setup.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createMethodCommand, deleteMethodCommand, updateMethodCommand } from "@/features/methods/commands";
import { listAudiences, listMethods } from "@/features/methods/queries";
import type { Role } from "@/generated/prisma/enums";
import { runAction, type ActionDefinition } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";

const users = {} as Record<Role, string>;
const audienceIds = new Map<string, string>();

beforeAll(async () => {
  for (const role of ["ADMIN", "POLITICIAN", "GROUP_LEADER"] as const) users[role] = (await createUser(role)).id;
  for (const a of await listAudiences()) audienceIds.set(a.slug, a.id);
}, 60_000);

const audience = (slug: string) => audienceIds.get(slug)!;
const names = async (filter: Parameters<typeof listMethods>[0]) => (await listMethods(filter)).map((m) => m.name);
const methodId = async (name: string) => (await db.method.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;

/** A form post as the browser sends it: strings, a single checkbox as a plain string. */
const form = (over: Record<string, unknown> = {}) => ({
  name: "Kafésamtale på Åssiden",
  description: "Politikere inviterer til kaffe og en uformell prat på et lokalt kafé.",
  howTo: "Avtal med kafeen, annonser lokalt og ha med en som noterer.",
  timeLevel: "LOW",
  moneyLevel: "LOW",
  effortLevel: "MEDIUM",
  typicalSize: "10–25 samtaler",
  channel: "PHYSICAL",
  audienceIds: audience("eldre-hjemmeboende"),
  ...over,
});
const asAdmin = <S extends z.ZodType, R>(def: ActionDefinition<S, R>, input: Record<string, unknown>) =>
  runAction(def, { userId: users.ADMIN, input, values: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)])) });

describe("the seeded toolbox", () => {
  it("contains every involvement method named in the source documents", async () => {
    const all = await names({});
    const named = [
      /^Dialogmøte$/,
      /^Book en politiker$/,
      /^På krakk med ordføreren/,
      /^Bydelskonferanse$/,
      /^Institusjonsbesøk$/,
      /^Strømmet politisk møte/,
      /^Brukerråd$/,
      /^Nærutvalg$/,
      /^Årlig dialogmøte med store organisasjoner$/,
      /^Innbyggerpanel$/,
      /^Gjestebud$/,
      /^Nærmiljøkonferanse$/,
      /^Barnetråkk$/,
      /^Dialoglunsj$/,
      /^Temakveld om matkultur$/,
      /^Spørreundersøkelse$/,
      /^Brukerundersøkelse/,
      /^Digitalt innspillskjema$/,
    ];
    for (const pattern of named)
      expect(
        all.some((n) => pattern.test(n)),
        `${pattern} in the toolbox`,
      ).toBe(true);
  });

  it("gives every method a description, a way to carry it out and the target groups it suits", async () => {
    const methods = await db.method.findMany({ select: { name: true, description: true, howTo: true, _count: { select: { audiences: true } } } });
    for (const m of methods) {
      expect(m.description, m.name).not.toBe("");
      expect(m.howTo, m.name).not.toBe("");
      expect(m._count.audiences, m.name).toBeGreaterThan(0);
    }
  });

  it("lists methods in Norwegian alphabetical order, with how many activities use each", async () => {
    const list = await listMethods();
    expect(list.at(-1)?.name).toBe("Årlig dialogmøte med store organisasjoner");
    expect(list[0]?.name).toBe("Barnetråkk");
    expect(list.find((m) => m.name === "Dialogmøte")?._count.activities).toBe(await db.activity.count({ where: { method: { name: "Dialogmøte" } } }));
  });
});

describe("filtering the toolbox", () => {
  it("by target group", async () => {
    expect(await names({ audienceId: audience("barn") })).toEqual(["Barnetråkk"]);
    expect(await names({ audienceId: audience("rus-psykisk-helse") })).toEqual(["Brukerråd", "Institusjonsbesøk", "Oppsøkende samtaler"]);
  });

  it("by highest effort: that level or lower", async () => {
    expect(await names({ maxEffort: "LOW" })).toEqual([
      "Book en politiker",
      "Brukerråd",
      "Dialoglunsj",
      "Digitalt innspillskjema",
      "Institusjonsbesøk",
      "Nærutvalg",
      "På krakk med ordføreren (benkeprat)",
    ]);
    expect(await names({ maxEffort: "HIGH" })).toHaveLength(await db.method.count());
  });

  it("by target group and effort together", async () => {
    expect(await names({ audienceId: audience("eldre-hjemmeboende"), maxEffort: "LOW" })).toEqual([
      "Book en politiker",
      "Dialoglunsj",
      "På krakk med ordføreren (benkeprat)",
    ]);
    expect(await names({ audienceId: audience("rus-psykisk-helse"), maxEffort: "LOW" })).toEqual(["Brukerråd", "Institusjonsbesøk"]);
  });

  it("by channel, counting methods that work both ways, and by text", async () => {
    const digital = await names({ channel: "DIGITAL" });
    expect(digital).toContain("Barnetråkk");
    expect(digital).toContain("Innbyggerpanel"); // BOTH
    expect(digital).not.toContain("Dialogmøte");
    expect(await names({ channel: "BOTH" })).not.toContain("Barnetråkk");
    expect(await names({ q: "LUNSJ" })).toEqual(["Dialoglunsj"]);
  });
});

describe("creating a method", () => {
  it("saves it with its target groups, a slug from the name, and an audit entry", async () => {
    const state = await asAdmin(createMethodCommand, form());
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
    const saved = await db.method.findUniqueOrThrow({
      where: { name: "Kafésamtale på Åssiden" },
      select: { id: true, slug: true, effortLevel: true, channel: true, audiences: { select: { audience: { select: { slug: true } } } } },
    });
    expect(saved).toMatchObject({ slug: "kafesamtale-pa-assiden", effortLevel: "MEDIUM", channel: "PHYSICAL" });
    expect(saved.audiences.map((a) => a.audience.slug)).toEqual(["eldre-hjemmeboende"]);
    const audit = await db.auditLog.findFirst({ where: { entityType: "method", entityId: saved.id }, select: { action: true, actorId: true } });
    expect(audit).toEqual({ action: "toolbox.manage", actorId: users.ADMIN });
    expect(await names({ audienceId: audience("eldre-hjemmeboende"), maxEffort: "MEDIUM" })).toContain("Kafésamtale på Åssiden");
  });

  it("refuses a name already in the toolbox (in any case) with a message at the field, and keeps what was typed", async () => {
    const before = await db.method.count();
    const state = await asAdmin(createMethodCommand, form({ name: "dialogmøte", audienceIds: [audience("barn"), audience("ungdom")] }));
    expect(state).toMatchObject({
      status: "error",
      message: "Skjemaet har én feil. Rett opp og prøv igjen.",
      fieldErrors: { name: "Det finnes allerede en metode med dette navnet i verktøybanken. Velg et annet navn." },
      values: { name: "dialogmøte", description: form().description },
    });
    expect(await db.method.count()).toBe(before);
  });

  it("names every empty required field in Norwegian and saves nothing", async () => {
    const before = await db.method.count();
    const state = await asAdmin(createMethodCommand, { name: "  ", description: "", howTo: "", typicalSize: "" });
    expect(state).toMatchObject({
      status: "error",
      message: "Skjemaet har 6 feil. Rett opp og prøv igjen.",
      fieldErrors: {
        name: "Skriv inn navnet på metoden.",
        description: "Skriv en kort beskrivelse av metoden.",
        timeLevel: "Velg hvor mye tid metoden krever.",
        moneyLevel: "Velg hvor mye metoden koster.",
        effortLevel: "Velg hvor krevende metoden er å gjennomføre.",
        channel: "Velg om metoden er fysisk, digital eller begge deler.",
      },
    });
    expect(await db.method.count()).toBe(before);
  });

  it("refuses text that is too long and target groups that do not exist", async () => {
    const tooLong = await asAdmin(createMethodCommand, form({ name: "x".repeat(121) }));
    expect(tooLong).toMatchObject({ status: "error", fieldErrors: { name: "Teksten er 121 tegn. Den kan være høyst 120 tegn." } });
    const unknown = await asAdmin(createMethodCommand, form({ name: "Ukjent målgruppe", audienceIds: "00000000-0000-4000-8000-000000000000" }));
    expect(unknown).toMatchObject({ status: "error", fieldErrors: { audienceIds: expect.stringContaining("målgruppene finnes ikke") } });
    const notUuid = await asAdmin(createMethodCommand, form({ name: "Feil målgruppe", audienceIds: ["ungdom"] }));
    expect(notUuid).toMatchObject({ status: "error", fieldErrors: { audienceIds: "Velg målgrupper fra listen." } });
    expect(await db.method.count({ where: { name: { in: ["Ukjent målgruppe", "Feil målgruppe"] } } })).toBe(0);
  });

  it("gives two names that slug alike different slugs", async () => {
    expect(await asAdmin(createMethodCommand, form({ name: "Kafésamtale på Åssiden!" }))).toMatchObject({ status: "success" });
    const slugs = (await db.method.findMany({ where: { slug: { startsWith: "kafesamtale-pa-assiden" } }, select: { slug: true } })).map((m) => m.slug);
    expect(slugs.sort()).toEqual(["kafesamtale-pa-assiden", "kafesamtale-pa-assiden-2"]);
  });
});

describe("changing a method", () => {
  it("updates the fields and replaces the target groups; the audit entry lists what changed", async () => {
    const id = await methodId("Kafésamtale på Åssiden");
    const state = await asAdmin(
      updateMethodCommand,
      form({ id, name: "Kafésamtale i Åskollen", effortLevel: "LOW", audienceIds: [audience("ungdom"), audience("barn"), audience("ungdom")] }),
    );
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
    const saved = await db.method.findUniqueOrThrow({
      where: { id },
      select: { name: true, slug: true, effortLevel: true, audiences: { select: { audience: { select: { slug: true } } } } },
    });
    expect(saved).toMatchObject({ name: "Kafésamtale i Åskollen", slug: "kafesamtale-i-askollen", effortLevel: "LOW" });
    expect(saved.audiences.map((a) => a.audience.slug).sort()).toEqual(["barn", "ungdom"]);
    const audit = await db.auditLog.findFirst({
      where: { entityType: "method", entityId: id, details: { path: ["change"], equals: "update" } },
      select: { details: true },
    });
    expect(audit?.details).toMatchObject({ fields: ["name", "effortLevel", "audienceIds"] });
  });

  it("refuses another method's name and leaves the method as it was", async () => {
    const id = await methodId("Kafésamtale i Åskollen");
    const state = await asAdmin(updateMethodCommand, form({ id, name: "Gjestebud" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { name: expect.stringContaining("finnes allerede") } });
    expect((await db.method.findUniqueOrThrow({ where: { id }, select: { name: true } })).name).toBe("Kafésamtale i Åskollen");
  });

  it("says so when the method is gone", async () => {
    const state = await asAdmin(updateMethodCommand, form({ id: "00000000-0000-4000-8000-000000000000" }));
    expect(state).toMatchObject({ status: "error", message: "Vi fant ikke metoden. Den kan være slettet av noen andre." });
  });
});

describe("deleting a method", () => {
  it("asks for confirmation first", async () => {
    const id = await methodId("Kafésamtale i Åskollen");
    const state = await asAdmin(deleteMethodCommand, { id });
    expect(state).toMatchObject({ status: "error", fieldErrors: { confirm: "Kryss av for å bekrefte at metoden skal slettes." } });
    expect(await db.method.count({ where: { id } })).toBe(1);
  });

  it("deletes an unused method with its target-group links, and audits it", async () => {
    const id = await methodId("Kafésamtale i Åskollen");
    expect(await asAdmin(deleteMethodCommand, { id, confirm: "on" })).toMatchObject({ status: "success" });
    expect(await db.method.count({ where: { id } })).toBe(0);
    expect(await db.methodAudience.count({ where: { methodId: id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "method", entityId: id, details: { path: ["change"], equals: "delete" } } })).toBe(1);
  });

  it("refuses a method that activities use, says how many, and deletes nothing", async () => {
    const id = await methodId("Dialogmøte");
    const activities = await db.activity.count({ where: { methodId: id } });
    expect(activities).toBeGreaterThan(0);
    const [methods, links, audits] = [await db.method.count(), await db.methodAudience.count(), await db.auditLog.count()];
    const state = await asAdmin(deleteMethodCommand, { id, confirm: "on" });
    const n = activities === 1 ? "1 aktivitet" : `${activities} aktiviteter`;
    expect(state).toMatchObject({ status: "error", message: `Metoden kan ikke slettes fordi den er brukt i ${n}.` });
    expect([await db.method.count(), await db.methodAudience.count(), await db.auditLog.count()]).toEqual([methods, links, audits]);
  });

  it("refuses a method that inputs came in through", async () => {
    const id = await methodId("Digitalt innspillskjema");
    expect(await db.activity.count({ where: { methodId: id } })).toBe(0);
    const inputs = await db.input.count({ where: { methodId: id } });
    expect(inputs).toBeGreaterThan(0);
    const state = await asAdmin(deleteMethodCommand, { id, confirm: "on" });
    expect(state).toMatchObject({ status: "error", message: `Metoden kan ikke slettes fordi ${inputs} innspill er registrert som kommet inn gjennom den.` });
    expect(await db.method.count({ where: { id } })).toBe(1);
  });
});

describe("only administrators change the toolbox", () => {
  for (const role of ["POLITICIAN", "GROUP_LEADER"] as const) {
    it(`${role} is refused creating, changing and deleting, and nothing is written`, async () => {
      const id = await methodId("Gjestebud");
      const before = await db.method.findUniqueOrThrow({ where: { id }, select: { name: true, updatedAt: true } });
      const count = await db.method.count();
      const attempts = [
        runAction(createMethodCommand, { userId: users[role], input: form({ name: `Politisk metode ${role}` }) }),
        runAction(updateMethodCommand, { userId: users[role], input: form({ id, name: "Gjestebud hos ordføreren" }) }),
        runAction(deleteMethodCommand, { userId: users[role], input: { id, confirm: "on" } }),
      ];
      for (const state of await Promise.all(attempts)) expect(state).toMatchObject({ status: "error", message: "Du har ikke tilgang til å gjøre dette." });
      expect(await db.method.count()).toBe(count);
      expect(await db.method.findUniqueOrThrow({ where: { id }, select: { name: true, updatedAt: true } })).toEqual(before);
      expect(await db.auditLog.count({ where: { actorId: users[role] } })).toBe(0);
    });
  }
});
