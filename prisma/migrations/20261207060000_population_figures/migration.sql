-- Who lives here (issue #17 §1, representativeness): the population per district and age band
-- for a year, entered or imported (Statistics Norway's CSV layout) by the administration. A row
-- without a district is the whole municipality (SSB's table 07459 is per municipality); the
-- dashboard takes age shares from those rows when a year has them. An import or a save replaces
-- a year's rows, so there is no unique key to trip over.
CREATE TABLE "population_figure" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "year" INTEGER NOT NULL,
  "district_id" UUID,
  "age_band" "AgeBand" NOT NULL,
  "persons" INTEGER NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "population_figure_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "population_figure_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "population_figure_persons_check" CHECK ("persons" >= 0),
  CONSTRAINT "population_figure_year_check" CHECK ("year" BETWEEN 1900 AND 2200)
);
CREATE INDEX "population_figure_year_idx" ON "population_figure"("year");
