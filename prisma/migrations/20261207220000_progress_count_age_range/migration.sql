-- The group leaders' roll-up (progress_count, 20261207093000) over the forms' own age bands
-- (20261207210000): its 'age' key becomes the population band an input's [age_min, age_max]
-- lies within, 'SPANS' when it lies within none, NULL when no age was given — the mapping the
-- representativeness table compares with the population (issue #16 item 15, issue #17 §6).
-- population_age_band() is that mapping, the only one in SQL; populationBandOf() in
-- src/features/forms/age-bands.ts is the same in TypeScript, and
-- tests/integration/form-age-bands.test.ts checks the two agree for every possible range.
-- Then the update trigger watches age_min/age_max instead of age_band, the old column goes
-- (the trigger depended on it), and the roll-up is recounted.
CREATE FUNCTION population_age_band(age_min INTEGER, age_max INTEGER) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN age_min IS NULL OR age_max IS NULL THEN NULL
    WHEN age_min >= 0 AND age_max <= 19 THEN 'UNDER_20'
    WHEN age_min >= 20 AND age_max <= 39 THEN 'AGE_20_39'
    WHEN age_min >= 40 AND age_max <= 66 THEN 'AGE_40_66'
    WHEN age_min >= 67 AND age_max <= 79 THEN 'AGE_67_79'
    WHEN age_min >= 80 AND age_max <= 120 THEN 'AGE_80_PLUS'
    ELSE 'SPANS'
  END
$$;

CREATE OR REPLACE FUNCTION progress_rows(r input) RETURNS TABLE (process_id UUID, dim TEXT, key TEXT)
LANGUAGE sql IMMUTABLE
AS $$
  SELECT r.process_id, d.dim, d.key
    FROM (VALUES ('week', progress_week(r.submitted_at), true), ('age', population_age_band(r.age_min, r.age_max), true),
                 ('triaged', NULL, r.triaged_at IS NOT NULL), ('answered', NULL, r.public_response <> '')) AS d(dim, key, counts)
   WHERE NOT r.is_hidden AND d.counts
$$;

CREATE OR REPLACE FUNCTION progress_count_fresh() RETURNS TABLE (process_id UUID, dim TEXT, key TEXT, n INTEGER)
LANGUAGE sql STABLE
AS $$
  SELECT i.process_id, d.dim, d.key, count(*)::int
    FROM input i CROSS JOIN LATERAL (VALUES ('week', progress_week(i.submitted_at), true), ('age', population_age_band(i.age_min, i.age_max), true),
                 ('triaged', NULL, i.triaged_at IS NOT NULL), ('answered', NULL, i.public_response <> '')) AS d(dim, key, counts)
   WHERE NOT i.is_hidden AND d.counts
   GROUP BY 1, 2, 3
$$;

DROP TRIGGER "input_progress_count_update" ON "input";
CREATE TRIGGER "input_progress_count_update" AFTER UPDATE OF "process_id", "submitted_at", "age_min", "age_max", "triaged_at", "public_response", "is_hidden" ON "input"
  FOR EACH ROW WHEN (
    OLD.process_id IS DISTINCT FROM NEW.process_id OR progress_week(OLD.submitted_at) IS DISTINCT FROM progress_week(NEW.submitted_at)
    OR population_age_band(OLD.age_min, OLD.age_max) IS DISTINCT FROM population_age_band(NEW.age_min, NEW.age_max)
    OR (OLD.triaged_at IS NULL) IS DISTINCT FROM (NEW.triaged_at IS NULL)
    OR (OLD.public_response <> '') IS DISTINCT FROM (NEW.public_response <> '') OR OLD.is_hidden IS DISTINCT FROM NEW.is_hidden
  ) EXECUTE FUNCTION progress_count_input();

ALTER TABLE "input" DROP COLUMN "age_band";

SELECT progress_count_rebuild();
