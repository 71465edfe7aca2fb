-- Citizens who sign in with ID-porten (issue #21): a keyed hash of the identity, sessions,
-- and the link from an input to the citizen who sent it («Mine innspill»).
CREATE TABLE "citizen" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "subject_hash" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "citizen_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "citizen_subject_hash_key" ON "citizen"("subject_hash");

CREATE TABLE "citizen_session" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "citizen_id" UUID NOT NULL,
  "acr" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "revoked_at" TIMESTAMPTZ(3),
  CONSTRAINT "citizen_session_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "citizen_session_citizen_id_fkey" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "citizen_session_citizen_id_idx" ON "citizen_session"("citizen_id");

ALTER TABLE "input" ADD COLUMN "citizen_id" UUID;
ALTER TABLE "input" ADD CONSTRAINT "input_citizen_id_fkey" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "input_citizen_id_submitted_at_id_idx" ON "input"("citizen_id", "submitted_at" DESC, "id");

-- An administrator can require ID-porten (substantial or high) for a form.
CREATE TYPE "CitizenSignIn" AS ENUM ('OPTIONAL', 'SUBSTANTIAL', 'HIGH');
ALTER TABLE "form" ADD COLUMN "citizen_sign_in" "CitizenSignIn" NOT NULL DEFAULT 'OPTIONAL';
