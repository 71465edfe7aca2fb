-- «Til avklaring»: the open questions a decision point holds, and what was decided (issue #17 §1).
CREATE TABLE "decision_question" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "milestone_id" UUID NOT NULL,
  "position" INTEGER NOT NULL DEFAULT 0,
  "question" TEXT NOT NULL,
  "decided_text" TEXT NOT NULL DEFAULT '',
  "decided_on" DATE,
  "decided_by_id" UUID,
  "is_public" BOOLEAN NOT NULL DEFAULT false,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "decision_question_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "decision_question_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "decision_question_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "decision_question_decided_check" CHECK (("decided_on" IS NULL) = ("decided_text" = ''))
);
CREATE INDEX "decision_question_milestone_id_position_idx" ON "decision_question"("milestone_id", "position");
