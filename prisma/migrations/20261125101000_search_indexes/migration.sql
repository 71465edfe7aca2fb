-- Knowledge-base search: facet counts at a million inputs. Every facet dimension that lives on
-- the input row is in one covering index, led by visibility (every search filters on it), so
-- the counts are one index-only scan instead of reading the wide rows with their texts; the id
-- at the end serves the topic and plan counts (a join on input_tag) from the same index.
CREATE INDEX "input_facets_idx" ON "input" ("is_hidden", "category", "channel", "language", "district_id", "target_group_id", "phase_id", "activity_id", "submitted_at", "id");

-- The month facet groups by this expression; with statistics on it the planner knows it has a
-- few dozen values and counts every facet dimension in one hash pass instead of sorting a million rows.
CREATE STATISTICS "input_month_stats" ON (date_trunc('month', "submitted_at" AT TIME ZONE 'Europe/Oslo')) FROM "input";
