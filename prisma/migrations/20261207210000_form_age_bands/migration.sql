-- Age bands per form (issue #16 item 15). A form's age field lists its own bands as [min, max]
-- ages (max 120 = "or older"); an input stores the chosen band's ages, so changing a form's
-- bands later never rewrites what citizens sent. Old inputs keep their band: each value of the
-- fixed enum becomes its range. The enum stays for the population table (/admin/befolkning),
-- whose bands the dashboards compare with.
ALTER TABLE "form_field" ADD COLUMN "age_bands" JSONB;
UPDATE "form_field" SET "age_bands" = '[[0,19],[20,39],[40,66],[67,79],[80,120]]'::jsonb WHERE "type" = 'AGE_BAND';

ALTER TABLE "input" ADD COLUMN "age_min" INTEGER, ADD COLUMN "age_max" INTEGER;
UPDATE "input" SET
  "age_min" = CASE "age_band" WHEN 'UNDER_20' THEN 0 WHEN 'AGE_20_39' THEN 20 WHEN 'AGE_40_66' THEN 40 WHEN 'AGE_67_79' THEN 67 WHEN 'AGE_80_PLUS' THEN 80 END,
  "age_max" = CASE "age_band" WHEN 'UNDER_20' THEN 19 WHEN 'AGE_20_39' THEN 39 WHEN 'AGE_40_66' THEN 66 WHEN 'AGE_67_79' THEN 79 WHEN 'AGE_80_PLUS' THEN 120 END
WHERE "age_band" IS NOT NULL;
ALTER TABLE "input" ADD CONSTRAINT "input_age_range_check"
  CHECK (("age_min" IS NULL AND "age_max" IS NULL) OR ("age_min" IS NOT NULL AND "age_max" IS NOT NULL AND "age_min" >= 0 AND "age_max" <= 120 AND "age_min" <= "age_max"));
-- input.age_band itself is dropped by 20261207220000_progress_count_age_range, once the group
-- leaders' roll-up (progress_count, whose trigger reads the column) counts the ranges instead.
