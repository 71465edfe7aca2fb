-- Closing the loop by e-mail (issue #22): a transactional outbox. A message is written in the
-- same transaction as the change that causes it; a worker sends it (FOR UPDATE SKIP LOCKED, so
-- several app instances never send one message twice), retries with back-off and gives up
-- (DEAD) after a number of attempts. mail_opt_out keeps who turned which kind of message off.
CREATE TYPE "MailKind" AS ENUM (
  'INPUT_RECEIPT', 'INPUT_ANSWERED', 'HEARD_PUBLISHED',
  'SIGNUP_CONFIRMED', 'SIGNUP_PROMOTED', 'ACTIVITY_CHANGED', 'ACTIVITY_CANCELLED', 'EVALUATION_REMINDER',
  'ADMIN_DIGEST'
);
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'DEAD', 'SKIPPED');

CREATE TABLE "outbox_message" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "kind" "MailKind" NOT NULL,
  "recipient" TEXT NOT NULL,
  "locale" "Locale" NOT NULL DEFAULT 'nb',
  "subject" TEXT NOT NULL,
  "text_body" TEXT NOT NULL,
  "html_body" TEXT NOT NULL,
  "attachments" JSONB NOT NULL DEFAULT '[]',
  "unsubscribe_url" TEXT NOT NULL DEFAULT '',
  "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "last_error" TEXT NOT NULL DEFAULT '',
  "dedupe_key" TEXT,
  "process_id" UUID,
  "user_id" UUID,
  "input_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  "sent_at" TIMESTAMPTZ(3),
  CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "outbox_message_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "outbox_message_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "outbox_message_input_id_fkey" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "outbox_message_dedupe_key_key" ON "outbox_message"("dedupe_key");
-- The worker's queue: only what is still to be sent.
CREATE INDEX "outbox_message_due_idx" ON "outbox_message"("next_attempt_at", "id") WHERE "status" = 'PENDING';
-- The admin list: newest first, keyset on (created_at, id), optionally per status.
CREATE INDEX "outbox_message_created_at_id_idx" ON "outbox_message"("created_at" DESC, "id" DESC);
CREATE INDEX "outbox_message_status_created_at_id_idx" ON "outbox_message"("status", "created_at" DESC, "id" DESC);
CREATE INDEX "outbox_message_input_id_idx" ON "outbox_message"("input_id");
CREATE INDEX "outbox_message_user_id_idx" ON "outbox_message"("user_id");
CREATE INDEX "outbox_message_process_id_idx" ON "outbox_message"("process_id");

CREATE TABLE "mail_opt_out" (
  "address" TEXT NOT NULL,
  "kind" "MailKind" NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT "mail_opt_out_pkey" PRIMARY KEY ("address", "kind")
);
