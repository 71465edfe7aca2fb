// «Til avklaring» (issue #17 §1): questions on a decision point, the decision recorded by a
// group leader through the gate (audited), shown on the public process page only when the
// administration marks it public; the DEMRE demo holds the four questions from the slides.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { decisionPoints, publicDecisions } from "@/features/group-leader/decisions/queries";
import { runAction } from "@/lib/action";
import { getDb } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeDecisionPoint } from "../support/fixtures/decisions";

const db = getDb();
let admin = "";
let leader = "";
let politician = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
  leader = (await createUser("GROUP_LEADER")).id;
  politician = (await createUser("POLITICIAN")).id;
});
const run = (name: string, userId: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId, input });

describe("questions to decide", () => {
  it("a group leader records the decision (audited, with who and when); it is public only when the admin says so", async () => {
    const d = await makeDecisionPoint();
    expect((await run("addDecisionQuestion", admin, { milestoneId: d.milestoneId, question: "Bør alle teste?", isPublic: "" })).status).toBe("success");
    expect((await run("addDecisionQuestion", leader, { milestoneId: d.milestoneId, question: "Nei" })).status).toBe("error");

    // Refused with messages at the fields when empty; a politician may not record decisions.
    expect(await run("decideQuestion", leader, { questionId: d.questionId, decidedText: " ", decidedOn: "" })).toMatchObject({
      status: "error",
      fieldErrors: { decidedText: "Skriv hva som ble avgjort.", decidedOn: expect.any(String) },
    });
    expect((await run("decideQuestion", politician, { questionId: d.questionId, decidedText: "Ja", decidedOn: "2026-12-15" })).status).toBe("error");
    expect((await run("decideQuestion", leader, { questionId: d.questionId, decidedText: "Ja, rammene brukes.", decidedOn: "2026-12-15" })).status).toBe(
      "success",
    );
    expect(await db.auditLog.count({ where: { entityType: "decision_question", entityId: d.questionId, action: "decision.record", actorId: leader } })).toBe(1);

    const [point] = await decisionPoints(d.processId);
    expect(point!.questions).toMatchObject([
      {
        question: "Kan rammene brukes?",
        decidedText: "Ja, rammene brukes.",
        decidedOn: new Date("2026-12-15T00:00:00Z"),
        decidedBy: { name: "Test GROUP_LEADER" },
        isPublic: false,
      },
      { question: "Bør alle teste?", decidedOn: null, isPublic: false },
    ]);
    expect(await publicDecisions(d.processId)).toEqual([]);

    // Only the administration makes it public; then the citizens' page has it.
    expect((await run("setDecisionQuestionPublic", leader, { questionId: d.questionId, isPublic: "true" })).status).toBe("error");
    expect((await run("setDecisionQuestionPublic", admin, { questionId: d.questionId, isPublic: "true" })).status).toBe("success");
    expect((await publicDecisions(d.processId)).map((q) => q.decidedText)).toEqual(["Ja, rammene brukes."]);
  });

  it("keeps an archived process read-only", async () => {
    const d = await makeDecisionPoint();
    await db.process.update({ where: { id: d.processId }, data: { status: "ARCHIVED" } });
    expect(await run("decideQuestion", leader, { questionId: d.questionId, decidedText: "Ja", decidedOn: "2026-12-15" })).toMatchObject({
      status: "error",
      message: expect.stringContaining("arkivert"),
    });
  });
});
