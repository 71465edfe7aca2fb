-- CSV imports of inputs from other channels, held between preview and confirm.
CREATE TABLE "input_import" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "options" JSONB NOT NULL DEFAULT '{}',
    "csv_text" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "consumed_at" TIMESTAMPTZ(3),
    CONSTRAINT "input_import_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "input_import_created_by_id_created_at_idx" ON "input_import"("created_by_id", "created_at" DESC);

ALTER TABLE "input_import" ADD CONSTRAINT "input_import_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "input_import" ADD CONSTRAINT "input_import_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
