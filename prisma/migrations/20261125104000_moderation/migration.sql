-- Moderation review queue (/admin/kunnskapsbase/til-vurdering): held, visible inputs, newest
-- first. A partial index stays tiny however many inputs there are (only held ones are in it).
CREATE INDEX "input_review_queue_idx" ON "input" ("submitted_at" DESC, "id" DESC) WHERE "held_for_review" AND NOT "is_hidden";
