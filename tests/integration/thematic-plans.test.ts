import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeProcess } from "../support/fixtures/processes";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const run = (name: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });

describe("thematic plans (managed list)", () => {
  it("adds a plan with a slug from its name and refuses the same name in other case", async () => {
    expect((await run("saveThematicPlan", { name: "Temaplan for kultur og frivillighet", description: "" })).status).toBe("success");
    expect(await db.thematicPlan.findFirst({ where: { name: "Temaplan for kultur og frivillighet" }, select: { slug: true } })).toEqual({
      slug: "temaplan-for-kultur-og-frivillighet",
    });
    expect(await run("saveThematicPlan", { name: "temaplan for KULTUR og frivillighet", description: "" })).toMatchObject({
      status: "error",
      fieldErrors: { name: "Det finnes allerede en temaplan med dette navnet." },
    });
  });

  it("renames a plan and keeps its slug and the processes that feed it", async () => {
    const plan = await db.thematicPlan.create({ data: { slug: "gammel", name: "Gammelt navn" }, select: { id: true } });
    const p = await makeProcess();
    await db.processThematicPlan.create({ data: { processId: p.id, thematicPlanId: plan.id } });
    expect((await run("saveThematicPlan", { planId: plan.id, name: "Nytt navn", description: "Beskrivelse" })).status).toBe("success");
    const after = await db.thematicPlan.findUniqueOrThrow({
      where: { id: plan.id },
      select: { slug: true, name: true, _count: { select: { processes: true } } },
    });
    expect(after).toEqual({ slug: "gammel", name: "Nytt navn", _count: { processes: 1 } });
  });

  it("refuses to delete a plan a process feeds", async () => {
    const plan = await db.thematicPlan.create({ data: { slug: "i-bruk", name: "I bruk" }, select: { id: true } });
    const p = await makeProcess();
    await db.processThematicPlan.create({ data: { processId: p.id, thematicPlanId: plan.id } });
    expect(await run("deleteThematicPlan", { planId: plan.id })).toMatchObject({
      status: "error",
      message: expect.stringContaining("1 prosess og 0 innspill"),
    });
    expect(await db.thematicPlan.count({ where: { id: plan.id } })).toBe(1);
  });
});
