-- "Dette har vi hørt": per process, the public summary of what was heard, per theme.
-- Counts and quote texts are not stored; the public page computes them at request time so
-- a quote hidden or held later disappears at once.
CREATE TABLE "heard_page" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "intro_nn" TEXT NOT NULL DEFAULT '',
    "usage" TEXT NOT NULL DEFAULT '',
    "usage_nn" TEXT NOT NULL DEFAULT '',
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "heard_page_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "heard_page_process_id_key" ON "heard_page"("process_id");
ALTER TABLE "heard_page" ADD CONSTRAINT "heard_page_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "heard_theme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "page_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "title_nn" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "summary_nn" TEXT NOT NULL DEFAULT '',
    "usage" TEXT NOT NULL DEFAULT '',
    "usage_nn" TEXT NOT NULL DEFAULT '',
    "tag_id" UUID,
    "category" "InputCategory",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "heard_theme_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "heard_theme_page_id_position_idx" ON "heard_theme"("page_id", "position");
CREATE INDEX "heard_theme_tag_id_idx" ON "heard_theme"("tag_id");
ALTER TABLE "heard_theme" ADD CONSTRAINT "heard_theme_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "heard_page"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "heard_theme" ADD CONSTRAINT "heard_theme_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "heard_quote" (
    "theme_id" UUID NOT NULL,
    "input_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "heard_quote_pkey" PRIMARY KEY ("theme_id", "input_id")
);
CREATE INDEX "heard_quote_input_id_idx" ON "heard_quote"("input_id");
ALTER TABLE "heard_quote" ADD CONSTRAINT "heard_quote_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "heard_theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "heard_quote" ADD CONSTRAINT "heard_quote_input_id_fkey" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE CASCADE;
