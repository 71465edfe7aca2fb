-- Search keys: the newest matches of a prefix query without reading every match.
--
-- A word in a search is a prefix ('eldr':* finds eldre, eldreråd). On the plain search_vector
-- index a prefix is a "partial match": GIN gathers every TID of every lexeme that begins with
-- it into a bitmap before intersecting, so «ensomme eldre på sykehjem» (167 matches) costs as
-- much as its three words' 160 000 TIDs (90–150 ms at a million inputs), and a query with
-- 11 000 matches also reads 11 000 heap rows to find the newest 1 000.
--
-- This index stores, per input, every prefix (3 to 64 characters, or the whole lexeme if
-- shorter) of every lexeme, tagged with the input's 30-day time bucket: '693:eldr'. A prefix
-- query for one bucket is then an AND of exact keys, which GIN intersects by skipping through
-- posting lists (fast scan), and the app asks the newest buckets first and stops when it has
-- enough (see src/features/knowledge/search/text-match.ts). Measured at 1 000 000 inputs:
-- those two queries take 20 and 12 ms instead of 90 and 120 ms.
--
-- 30 days: 2592000 seconds since the epoch, the same in every time zone (text-match.ts
-- BUCKET_SECONDS must equal it). The function has no table access and no time-zone
-- dependence, so IMMUTABLE is true. It is PARALLEL RESTRICTED on purpose: a bounded bucket
-- scan reads a few hundred rows, and the planner, misjudging that, would otherwise start
-- parallel workers that cost 25 ms each. Lexemes are at most 2047 bytes and a key adds the
-- bucket, hence the 64-character cap on prefixes.
CREATE FUNCTION input_search_keys(v TSVECTOR, at TIMESTAMPTZ) RETURNS TSVECTOR
LANGUAGE sql IMMUTABLE PARALLEL RESTRICTED
AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT DISTINCT floor(extract(epoch FROM at) / 2592000)::int::text || ':' || left(l, n)
      FROM unnest(tsvector_to_array(v)) AS l,
           generate_series(least(3, length(l)), least(64, length(l))) AS n))
$$;

CREATE INDEX "input_search_keys_idx" ON "input" USING gin (input_search_keys("search_vector", "submitted_at"));
