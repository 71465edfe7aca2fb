-- The method comparison at scale (issue #17 §6): the per-activity facts of the evaluations
-- (how many, politician-hours, «would use again», and the medians and spread of the
-- politicians' participant and cost estimates) kept per activity by a trigger on
-- method_evaluation, so the comparison sums one row per held activity instead of computing
-- medians over every evaluation. Only activities with evaluations have a row. The agreed
-- figures stay on activity (the comparison prefers them, as activityFactsSql does, which
-- stays the live definition for one activity's summary;
-- tests/integration/activity-fact.test.ts checks the two agree after every kind of change).
-- The trigger is per statement (transition tables), so a bulk load refreshes each activity
-- once; a per-activity advisory lock makes concurrent writers for the same activity recount
-- one after the other, each seeing the other's committed evaluations.
CREATE TABLE "activity_fact" (
    "activity_id" UUID NOT NULL,
    "evaluations" INTEGER NOT NULL,
    "preparation_hours" NUMERIC NOT NULL,
    "execution_hours" NUMERIC NOT NULL,
    "would_use_again_sum" INTEGER NOT NULL,
    "participants_median" INTEGER NOT NULL,
    "cost_median" INTEGER NOT NULL,
    "participants_min" INTEGER NOT NULL,
    "participants_max" INTEGER NOT NULL,
    "cost_min" INTEGER NOT NULL,
    "cost_max" INTEGER NOT NULL,
    CONSTRAINT "activity_fact_pkey" PRIMARY KEY ("activity_id")
);
ALTER TABLE "activity_fact" ADD CONSTRAINT "activity_fact_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recounts the given activities from their evaluations (none left: the row goes).
CREATE FUNCTION activity_fact_refresh(ids UUID[]) RETURNS void LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727275, hashtext(x::text)) FROM (SELECT DISTINCT x FROM unnest(ids) x ORDER BY x) s;
  DELETE FROM activity_fact f
   WHERE f.activity_id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM method_evaluation e WHERE e.activity_id = f.activity_id);
  INSERT INTO activity_fact AS f (activity_id, evaluations, preparation_hours, execution_hours, would_use_again_sum,
                                  participants_median, cost_median, participants_min, participants_max, cost_min, cost_max)
  SELECT e.activity_id, count(*)::int, sum(e.preparation_hours), sum(e.execution_hours), sum(e.would_use_again)::int,
         round(percentile_cont(0.5) WITHIN GROUP (ORDER BY e.participants))::int,
         round(percentile_cont(0.5) WITHIN GROUP (ORDER BY e.cost_nok))::int,
         min(e.participants), max(e.participants), min(e.cost_nok), max(e.cost_nok)
    FROM method_evaluation e WHERE e.activity_id = ANY (ids) GROUP BY e.activity_id
  ON CONFLICT (activity_id) DO UPDATE SET
    evaluations = EXCLUDED.evaluations, preparation_hours = EXCLUDED.preparation_hours, execution_hours = EXCLUDED.execution_hours,
    would_use_again_sum = EXCLUDED.would_use_again_sum, participants_median = EXCLUDED.participants_median, cost_median = EXCLUDED.cost_median,
    participants_min = EXCLUDED.participants_min, participants_max = EXCLUDED.participants_max, cost_min = EXCLUDED.cost_min, cost_max = EXCLUDED.cost_max;
END $$;

CREATE FUNCTION activity_fact_inserted() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN PERFORM activity_fact_refresh(ARRAY(SELECT DISTINCT activity_id FROM new_rows)); RETURN NULL; END $$;
CREATE FUNCTION activity_fact_updated() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN PERFORM activity_fact_refresh(ARRAY(SELECT activity_id FROM old_rows UNION SELECT activity_id FROM new_rows)); RETURN NULL; END $$;
CREATE FUNCTION activity_fact_deleted() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN PERFORM activity_fact_refresh(ARRAY(SELECT DISTINCT activity_id FROM old_rows)); RETURN NULL; END $$;
CREATE FUNCTION activity_fact_truncated() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN DELETE FROM activity_fact; RETURN NULL; END $$;

CREATE TRIGGER "method_evaluation_fact_insert" AFTER INSERT ON "method_evaluation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_fact_inserted();
CREATE TRIGGER "method_evaluation_fact_update" AFTER UPDATE ON "method_evaluation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_fact_updated();
CREATE TRIGGER "method_evaluation_fact_delete" AFTER DELETE ON "method_evaluation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_fact_deleted();
CREATE TRIGGER "method_evaluation_fact_truncate" AFTER TRUNCATE ON "method_evaluation"
  FOR EACH STATEMENT EXECUTE FUNCTION activity_fact_truncated();

-- After a bulk load with triggers off (or to check): every activity recounted.
CREATE FUNCTION activity_fact_rebuild() RETURNS void LANGUAGE plpgsql
AS $$
BEGIN
  LOCK TABLE activity_fact IN EXCLUSIVE MODE;
  DELETE FROM activity_fact;
  PERFORM activity_fact_refresh(ARRAY(SELECT DISTINCT activity_id FROM method_evaluation));
END $$;

SELECT activity_fact_rebuild();
