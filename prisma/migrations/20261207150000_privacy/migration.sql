-- Privacy (issue #18 §4): how long a process keeps contact details and identifying text after
-- it closes, when an input was anonymised, and citizens' requests to see, correct or delete
-- their input (made with the receipt code, handled by the administration).
ALTER TABLE "process" ADD COLUMN "retention_months" INTEGER NOT NULL DEFAULT 12
  CHECK ("retention_months" BETWEEN 1 AND 120);
ALTER TABLE "input" ADD COLUMN "anonymised_at" TIMESTAMPTZ(3);

CREATE TYPE "PrivacyRequestKind" AS ENUM ('ACCESS', 'CORRECTION', 'ERASURE');
CREATE TYPE "PrivacyRequestStatus" AS ENUM ('OPEN', 'DONE', 'REFUSED');

CREATE TABLE "privacy_request" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "input_id" UUID REFERENCES "input"("id") ON DELETE SET NULL,
  "receipt_code" TEXT NOT NULL,
  "kind" "PrivacyRequestKind" NOT NULL,
  "message" TEXT NOT NULL DEFAULT '',
  "reply_email" TEXT NOT NULL DEFAULT '',
  "status" "PrivacyRequestStatus" NOT NULL DEFAULT 'OPEN',
  "resolution" TEXT NOT NULL DEFAULT '',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "handled_at" TIMESTAMPTZ(3),
  "handled_by_id" UUID REFERENCES "app_user"("id") ON DELETE SET NULL,
  CONSTRAINT "privacy_request_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "privacy_request_status_created_idx" ON "privacy_request" ("status", "created_at" DESC, "id");
CREATE INDEX "privacy_request_input_idx" ON "privacy_request" ("input_id");
-- The retention job's scan: inputs not yet anonymised, per process.
CREATE INDEX "input_not_anonymised_idx" ON "input" ("process_id") WHERE "anonymised_at" IS NULL;
