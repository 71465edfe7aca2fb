-- Knowledge base, part 1: search columns, triage state and the search vocabulary.
-- The app computes `search_lemmas` (src/features/knowledge/text/): lower-cased, folded,
-- nynorsk mapped to bokmål, stemmed, stop words dropped. Postgres only indexes them, so the
-- same code normalises documents and queries and nothing needs files on the database server
-- (works on a managed Postgres). pg_trgm serves typo tolerance over the vocabulary.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "input" ADD COLUMN "search_lemmas" TEXT NOT NULL DEFAULT '';
ALTER TABLE "input" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "search_lemmas")) STORED;
ALTER TABLE "input" ADD COLUMN "category_source" "TagSource";
ALTER TABLE "input" ADD COLUMN "triaged_at" TIMESTAMPTZ(3);
ALTER TABLE "input" ADD COLUMN "triaged_by_id" UUID;
ALTER TABLE "input" ADD CONSTRAINT "input_triaged_by_id_fkey" FOREIGN KEY ("triaged_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "input_search_vector_idx" ON "input" USING GIN ("search_vector");
-- The triage queue: untriaged inputs oldest first.
CREATE INDEX "input_triage_queue_idx" ON "input" ("submitted_at", "id") WHERE "triaged_at" IS NULL;
CREATE INDEX "input_duplicate_of_id_idx" ON "input" ("duplicate_of_id");

-- Every distinct lemma that occurs in some input: typo tolerance looks here (small, trigram
-- indexed) and rewrites the query, instead of running similarity over a million texts.
CREATE TABLE "search_term" (
    "term" TEXT NOT NULL,
    CONSTRAINT "search_term_pkey" PRIMARY KEY ("term")
);
CREATE INDEX "search_term_trgm_idx" ON "search_term" USING GIN ("term" gin_trgm_ops);

CREATE FUNCTION "search_term_collect"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_term" ("term")
    SELECT DISTINCT t FROM unnest(string_to_array(NEW."search_lemmas", ' ')) AS t WHERE length(t) > 1
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "input_search_term_collect" AFTER INSERT OR UPDATE OF "search_lemmas" ON "input"
  FOR EACH ROW WHEN (NEW."search_lemmas" <> '') EXECUTE FUNCTION "search_term_collect"();
