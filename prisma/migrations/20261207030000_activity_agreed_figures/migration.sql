-- Facts about one activity (how many took part, what it cost) are counted once: the
-- administration may set an agreed figure; without one the summaries use the median of the
-- politicians' estimates (issue #16 item 3).
ALTER TABLE "activity" ADD COLUMN "agreed_participants" INTEGER;
ALTER TABLE "activity" ADD COLUMN "agreed_cost_nok" INTEGER;
ALTER TABLE "activity" ADD CONSTRAINT "activity_agreed_participants_check" CHECK ("agreed_participants" IS NULL OR "agreed_participants" >= 0);
ALTER TABLE "activity" ADD CONSTRAINT "activity_agreed_cost_nok_check" CHECK ("agreed_cost_nok" IS NULL OR "agreed_cost_nok" >= 0);
