-- Tag suggestions learned locally (src/features/knowledge/suggestions): trained models,
-- stored in the database so every app instance suggests with the same one, and staff's
-- decisions about suggestions (a rejected suggestion is not offered again).
CREATE TYPE "SuggestionField" AS ENUM ('category', 'topic', 'plan');
CREATE TYPE "SuggestionVerdict" AS ENUM ('ACCEPTED', 'REJECTED');

CREATE TABLE "suggestion_model" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "trained_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "trained_by_id" UUID,
    "sample_count" INTEGER NOT NULL,
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "model" BYTEA NOT NULL,
    CONSTRAINT "suggestion_model_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "suggestion_model_trained_at_idx" ON "suggestion_model" ("trained_at" DESC);
ALTER TABLE "suggestion_model" ADD CONSTRAINT "suggestion_model_trained_by_id_fkey" FOREIGN KEY ("trained_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "suggestion_decision" (
    "input_id" UUID NOT NULL,
    "field" "SuggestionField" NOT NULL,
    "value" TEXT NOT NULL,
    "decision" "SuggestionVerdict" NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "suggestion_decision_pkey" PRIMARY KEY ("input_id", "field", "value")
);
CREATE INDEX "suggestion_decision_decided_at_idx" ON "suggestion_decision" ("decided_at");
ALTER TABLE "suggestion_decision" ADD CONSTRAINT "suggestion_decision_input_id_fkey" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "suggestion_decision" ADD CONSTRAINT "suggestion_decision_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
