-- The triage queue's counts (untriaged, held for review) come from the in-memory facet index too
-- (knowledge/search/facet-index/count-triage.ts): it now also holds each input's triage bits
-- (triaged_at IS NULL, held_for_review), so a change of either must reach every app instance
-- like the other facet columns do.
DROP TRIGGER "input_facet_change" ON "input";
CREATE TRIGGER "input_facet_change" AFTER INSERT OR DELETE OR UPDATE OF "category", "channel", "language", "district_id", "target_group_id", "phase_id", "activity_id", "submitted_at", "is_hidden", "process_id", "status", "triaged_at", "held_for_review" ON "input"
  FOR EACH ROW EXECUTE FUNCTION facet_change_input();

-- Instances loaded before this migration lack the triage bits: input_seq 0 makes each reload.
INSERT INTO facet_change (input_seq) VALUES (0);
