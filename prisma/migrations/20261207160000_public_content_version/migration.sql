-- Issue #20: public pages keep what they read of processes, forms and heard pages in memory
-- (src/lib/public-cache.ts), labelled with this version. Every write to a table those reads
-- use bumps it AT COMMIT (deferred constraint triggers), so the bump and the data become
-- visible together, on every app instance, whoever writes. Taking the version row's lock as a
-- transaction's very last step means no deadlock with the writer's other row locks; writers of
-- these tables are the administration, never a citizen's submission, so the row is not hot.
CREATE TABLE public_content_version (
  id BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
  version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO public_content_version DEFAULT VALUES;

-- Once per transaction: the first deferred trigger bumps, the rest see the local flag.
CREATE FUNCTION bump_public_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('medvirk.public_content_bumped', true), '') <> txid_current()::text THEN
    UPDATE public_content_version SET version = version + 1;
    PERFORM set_config('medvirk.public_content_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['process', 'framework_item', 'thematic_plan', 'process_thematic_plan', 'phase', 'milestone',
                           'decision_question', 'target_group', 'method', 'district', 'activity', 'form', 'form_field',
                           'tag', 'heard_page', 'heard_theme', 'heard_quote'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
                   'FOR EACH ROW EXECUTE FUNCTION bump_public_content_version()', t || '_public_content_version', t);
    -- TRUNCATE has no row triggers; it bumps at once (tests and restores only).
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_public_content_version()',
                   t || '_public_content_truncated', t);
  END LOOP;
END $$;
