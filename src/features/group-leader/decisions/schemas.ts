// «Til avklaring»: the shapes of adding a question to a decision point, recording its
// decision, and choosing whether it shows on the public process page.
import { z } from "zod";
import { checkbox, requiredDate, uuidField as uuid } from "@/lib/form-values";

export const addQuestionSchema = z.object({
  milestoneId: uuid,
  question: z.string().trim().min(1, "groupLeader.validation.questionRequired").max(1_000, "validation.tooLong"),
  isPublic: checkbox,
});
export type AddQuestionInput = z.infer<typeof addQuestionSchema>;

export const decideQuestionSchema = z.object({
  questionId: uuid,
  decidedText: z.string().trim().min(1, "groupLeader.validation.decisionRequired").max(4_000, "validation.tooLong"),
  decidedOn: requiredDate,
});
export type DecideQuestionInput = z.infer<typeof decideQuestionSchema>;

export const questionVisibilitySchema = z.object({ questionId: uuid, isPublic: checkbox });
export type QuestionVisibilityInput = z.infer<typeof questionVisibilitySchema>;
