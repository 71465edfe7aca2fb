-- Medvirk: initial domain model. Keep in step with prisma/schema.prisma
-- (tests/integration/schema-drift.test.ts compares them).

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'POLITICIAN', 'GROUP_LEADER');
CREATE TYPE "Locale" AS ENUM ('nb', 'nn', 'en');
CREATE TYPE "ProcessStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED');
CREATE TYPE "ParticipationRule" AS ENUM ('UNDECIDED', 'EVERYONE', 'VOLUNTARY');
CREATE TYPE "PhaseKind" AS ENUM ('INSIGHT', 'IDEAS', 'OTHER');
CREATE TYPE "Importance" AS ENUM ('VERY_IMPORTANT', 'IMPORTANT', 'LESS_IMPORTANT');
CREATE TYPE "Difficulty" AS ENUM ('EASY', 'MEDIUM', 'HARD');
CREATE TYPE "Level" AS ENUM ('LOW', 'MEDIUM', 'HIGH');
CREATE TYPE "MethodChannel" AS ENUM ('PHYSICAL', 'DIGITAL', 'BOTH');
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'OPEN', 'DONE', 'CANCELLED');
CREATE TYPE "SignupStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'WITHDRAWN');
CREATE TYPE "FormFieldType" AS ENUM ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'SCALE', 'INSIGHT_CATEGORY', 'DISTRICT', 'AGE_BAND', 'TARGET_GROUP', 'CONTACT');
CREATE TYPE "InputCategory" AS ENUM ('QUALITY', 'EXISTING', 'CHALLENGE', 'NEED', 'HOPE', 'MOST_IMPORTANT', 'POSSIBILITY', 'ADVICE');
CREATE TYPE "InputChannel" AS ENUM ('FORM', 'ACTIVITY', 'EMAIL', 'PAPER', 'PHONE', 'OTHER');
CREATE TYPE "InputStatus" AS ENUM ('RECEIVED', 'READ', 'USED', 'NOT_USED');
CREATE TYPE "InputLanguage" AS ENUM ('nb', 'nn', 'en', 'pl', 'ar', 'so', 'uk', 'mixed', 'other');
CREATE TYPE "AgeBand" AS ENUM ('UNDER_20', 'AGE_20_39', 'AGE_40_66', 'AGE_67_79', 'AGE_80_PLUS');
CREATE TYPE "TagSource" AS ENUM ('MANUAL', 'SUGGESTION', 'IMPORT');

-- CreateTable
CREATE TABLE "party" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "party_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "party_id" UUID,
    "locale" "Locale" NOT NULL DEFAULT 'nb',
    "password_hash" TEXT,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "deactivated_at" TIMESTAMPTZ(3),
    "calendar_token" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "auth_identity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "auth_identity_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "process" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "goal" TEXT NOT NULL DEFAULT '',
    "expectation_gap" TEXT NOT NULL DEFAULT '',
    "input_use_plan" TEXT NOT NULL DEFAULT '',
    "status" "ProcessStatus" NOT NULL DEFAULT 'DRAFT',
    "participation_rule" "ParticipationRule" NOT NULL DEFAULT 'UNDECIDED',
    "starts_on" DATE,
    "ends_on" DATE,
    "published_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "copied_from_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "process_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "framework_item" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "framework_item_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "thematic_plan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "thematic_plan_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "process_thematic_plan" (
    "process_id" UUID NOT NULL,
    "thematic_plan_id" UUID NOT NULL,
    CONSTRAINT "process_thematic_plan_pkey" PRIMARY KEY ("process_id","thematic_plan_id")
);

CREATE TABLE "phase" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "guiding_questions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "starts_on" DATE,
    "ends_on" DATE,
    "expected_output" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "phase_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "milestone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "phase_id" UUID,
    "date" DATE NOT NULL,
    "end_date" DATE,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "is_decision_point" BOOLEAN NOT NULL DEFAULT false,
    "decision" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audience" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "audience_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "target_group" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "audience_id" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "importance" "Importance" NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "target_group_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "method" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "how_to" TEXT NOT NULL DEFAULT '',
    "time_level" "Level" NOT NULL,
    "money_level" "Level" NOT NULL,
    "effort_level" "Level" NOT NULL,
    "typical_size" TEXT NOT NULL DEFAULT '',
    "channel" "MethodChannel" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "method_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "method_audience" (
    "method_id" UUID NOT NULL,
    "audience_id" UUID NOT NULL,
    CONSTRAINT "method_audience_pkey" PRIMARY KEY ("method_id","audience_id")
);

CREATE TABLE "district" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "activity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "phase_id" UUID,
    "method_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "district_id" UUID,
    "is_online" BOOLEAN NOT NULL DEFAULT false,
    "politician_capacity" INTEGER NOT NULL DEFAULT 0,
    "is_public" BOOLEAN NOT NULL DEFAULT true,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "cancel_reason" TEXT NOT NULL DEFAULT '',
    "evaluation_closed_at" TIMESTAMPTZ(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "activity_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "activity_dates_check" CHECK ("ends_at" >= "starts_at"),
    CONSTRAINT "activity_capacity_check" CHECK ("politician_capacity" >= 0)
);

CREATE TABLE "activity_target_group" (
    "activity_id" UUID NOT NULL,
    "target_group_id" UUID NOT NULL,
    CONSTRAINT "activity_target_group_pkey" PRIMARY KEY ("activity_id","target_group_id")
);

CREATE TABLE "signup" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "activity_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "SignupStatus" NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promoted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "signup_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "method_evaluation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "activity_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "preparation_hours" DECIMAL(6,1) NOT NULL,
    "execution_hours" DECIMAL(6,1) NOT NULL,
    "cost_nok" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL,
    "worked_well" TEXT NOT NULL DEFAULT '',
    "worked_less_well" TEXT NOT NULL DEFAULT '',
    "would_use_again" INTEGER NOT NULL,
    "transferable" TEXT NOT NULL DEFAULT '',
    "comments" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "method_evaluation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "method_evaluation_numbers_check" CHECK (
        "preparation_hours" >= 0 AND "execution_hours" >= 0 AND "cost_nok" >= 0
        AND "participants" >= 0 AND "would_use_again" BETWEEN 1 AND 5)
);

CREATE TABLE "evaluation_target_group" (
    "evaluation_id" UUID NOT NULL,
    "target_group_id" UUID NOT NULL,
    CONSTRAINT "evaluation_target_group_pkey" PRIMARY KEY ("evaluation_id","target_group_id")
);

CREATE TABLE "form" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "phase_id" UUID,
    "activity_id" UUID,
    "slug" TEXT NOT NULL,
    "texts" JSONB NOT NULL,
    "languages" "Locale"[] DEFAULT ARRAY['nb']::"Locale"[],
    "opens_at" TIMESTAMPTZ(3),
    "closes_at" TIMESTAMPTZ(3),
    "is_published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "form_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "form_field" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "form_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "FormFieldType" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "texts" JSONB NOT NULL,
    CONSTRAINT "form_field_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "input" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "process_id" UUID NOT NULL,
    "phase_id" UUID,
    "activity_id" UUID,
    "form_id" UUID,
    "method_id" UUID,
    "text" TEXT NOT NULL,
    "category" "InputCategory",
    "channel" "InputChannel" NOT NULL,
    "language" "InputLanguage" NOT NULL DEFAULT 'nb',
    "district_id" UUID,
    "target_group_id" UUID,
    "age_band" "AgeBand",
    "answers" JSONB NOT NULL DEFAULT '{}',
    "receipt_code" TEXT NOT NULL,
    "idempotency_key" TEXT,
    "status" "InputStatus" NOT NULL DEFAULT 'RECEIVED',
    "public_response" TEXT NOT NULL DEFAULT '',
    "recorded_by_id" UUID,
    "external_ref" TEXT,
    "held_for_review" BOOLEAN NOT NULL DEFAULT false,
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_hidden" BOOLEAN NOT NULL DEFAULT false,
    "hidden_reason" TEXT NOT NULL DEFAULT '',
    "redacted_text" TEXT,
    "duplicate_of_id" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "input_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "input_not_own_duplicate_check" CHECK ("duplicate_of_id" IS NULL OR "duplicate_of_id" <> "id")
);

CREATE TABLE "input_contact" (
    "input_id" UUID NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "consent_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "input_contact_pkey" PRIMARY KEY ("input_id")
);

CREATE TABLE "tag" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "merged_into_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "input_tag" (
    "input_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    "source" "TagSource" NOT NULL DEFAULT 'MANUAL',
    "set_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "input_tag_pkey" PRIMARY KEY ("input_id","tag_id")
);

CREATE TABLE "input_thematic_plan" (
    "input_id" UUID NOT NULL,
    "thematic_plan_id" UUID NOT NULL,
    "source" "TagSource" NOT NULL DEFAULT 'MANUAL',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "input_thematic_plan_pkey" PRIMARY KEY ("input_id","thematic_plan_id")
);

CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "process_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "request_id" TEXT,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "party_name_key" ON "party"("name");
CREATE UNIQUE INDEX "party_short_name_key" ON "party"("short_name");
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE UNIQUE INDEX "app_user_calendar_token_key" ON "app_user"("calendar_token");
CREATE INDEX "app_user_role_idx" ON "app_user"("role");
CREATE INDEX "auth_identity_user_id_idx" ON "auth_identity"("user_id");
CREATE UNIQUE INDEX "auth_identity_provider_subject_key" ON "auth_identity"("provider", "subject");
CREATE UNIQUE INDEX "process_slug_key" ON "process"("slug");
CREATE INDEX "process_status_starts_on_idx" ON "process"("status", "starts_on");
CREATE INDEX "framework_item_process_id_position_idx" ON "framework_item"("process_id", "position");
CREATE UNIQUE INDEX "thematic_plan_slug_key" ON "thematic_plan"("slug");
CREATE UNIQUE INDEX "thematic_plan_name_key" ON "thematic_plan"("name");
CREATE INDEX "process_thematic_plan_thematic_plan_id_idx" ON "process_thematic_plan"("thematic_plan_id");
CREATE INDEX "phase_process_id_position_idx" ON "phase"("process_id", "position");
CREATE INDEX "milestone_process_id_date_idx" ON "milestone"("process_id", "date");
CREATE UNIQUE INDEX "audience_slug_key" ON "audience"("slug");
CREATE UNIQUE INDEX "audience_name_key" ON "audience"("name");
CREATE UNIQUE INDEX "target_group_process_id_name_key" ON "target_group"("process_id", "name");
CREATE UNIQUE INDEX "method_slug_key" ON "method"("slug");
CREATE UNIQUE INDEX "method_name_key" ON "method"("name");
CREATE INDEX "method_audience_audience_id_idx" ON "method_audience"("audience_id");
CREATE UNIQUE INDEX "district_slug_key" ON "district"("slug");
CREATE UNIQUE INDEX "district_name_key" ON "district"("name");
CREATE INDEX "activity_process_id_starts_at_idx" ON "activity"("process_id", "starts_at");
CREATE INDEX "activity_starts_at_idx" ON "activity"("starts_at");
CREATE INDEX "activity_method_id_idx" ON "activity"("method_id");
CREATE INDEX "activity_target_group_target_group_id_idx" ON "activity_target_group"("target_group_id");
CREATE INDEX "signup_activity_id_status_queued_at_idx" ON "signup"("activity_id", "status", "queued_at");
CREATE INDEX "signup_user_id_status_idx" ON "signup"("user_id", "status");
CREATE UNIQUE INDEX "signup_activity_id_user_id_key" ON "signup"("activity_id", "user_id");
CREATE UNIQUE INDEX "method_evaluation_activity_id_user_id_key" ON "method_evaluation"("activity_id", "user_id");
CREATE UNIQUE INDEX "form_slug_key" ON "form"("slug");
CREATE INDEX "form_process_id_idx" ON "form"("process_id");
CREATE INDEX "form_field_form_id_position_idx" ON "form_field"("form_id", "position");
CREATE UNIQUE INDEX "form_field_form_id_key_key" ON "form_field"("form_id", "key");
CREATE UNIQUE INDEX "input_receipt_code_key" ON "input"("receipt_code");
CREATE UNIQUE INDEX "input_idempotency_key_key" ON "input"("idempotency_key");
CREATE INDEX "input_process_id_submitted_at_id_idx" ON "input"("process_id", "submitted_at" DESC, "id");
CREATE INDEX "input_submitted_at_id_idx" ON "input"("submitted_at" DESC, "id");
CREATE INDEX "input_status_idx" ON "input"("status");
CREATE INDEX "input_category_idx" ON "input"("category");
CREATE INDEX "input_activity_id_idx" ON "input"("activity_id");
CREATE INDEX "input_form_id_idx" ON "input"("form_id");
CREATE UNIQUE INDEX "tag_slug_key" ON "tag"("slug");
CREATE UNIQUE INDEX "tag_name_key" ON "tag"("name");
CREATE INDEX "input_tag_tag_id_idx" ON "input_tag"("tag_id");
CREATE INDEX "input_thematic_plan_thematic_plan_id_idx" ON "input_thematic_plan"("thematic_plan_id");
CREATE INDEX "audit_log_process_id_at_idx" ON "audit_log"("process_id", "at" DESC);
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at" DESC);

-- AddForeignKey (RESTRICT wherever a delete could lose inputs or history)
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "auth_identity" ADD CONSTRAINT "auth_identity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "process" ADD CONSTRAINT "process_copied_from_id_fkey" FOREIGN KEY ("copied_from_id") REFERENCES "process"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "process" ADD CONSTRAINT "process_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "framework_item" ADD CONSTRAINT "framework_item_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "process_thematic_plan" ADD CONSTRAINT "process_thematic_plan_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "process_thematic_plan" ADD CONSTRAINT "process_thematic_plan_thematic_plan_id_fkey" FOREIGN KEY ("thematic_plan_id") REFERENCES "thematic_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "phase" ADD CONSTRAINT "phase_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "phase"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "target_group" ADD CONSTRAINT "target_group_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "target_group" ADD CONSTRAINT "target_group_audience_id_fkey" FOREIGN KEY ("audience_id") REFERENCES "audience"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "method_audience" ADD CONSTRAINT "method_audience_method_id_fkey" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "method_audience" ADD CONSTRAINT "method_audience_audience_id_fkey" FOREIGN KEY ("audience_id") REFERENCES "audience"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "activity" ADD CONSTRAINT "activity_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "activity" ADD CONSTRAINT "activity_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "activity" ADD CONSTRAINT "activity_method_id_fkey" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "activity" ADD CONSTRAINT "activity_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "activity_target_group" ADD CONSTRAINT "activity_target_group_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "activity_target_group" ADD CONSTRAINT "activity_target_group_target_group_id_fkey" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "signup" ADD CONSTRAINT "signup_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "signup" ADD CONSTRAINT "signup_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "method_evaluation" ADD CONSTRAINT "method_evaluation_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "method_evaluation" ADD CONSTRAINT "method_evaluation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "evaluation_target_group" ADD CONSTRAINT "evaluation_target_group_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "method_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evaluation_target_group" ADD CONSTRAINT "evaluation_target_group_target_group_id_fkey" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "form" ADD CONSTRAINT "form_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "form" ADD CONSTRAINT "form_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "form" ADD CONSTRAINT "form_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "form_field" ADD CONSTRAINT "form_field_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "form"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "form"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_method_id_fkey" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_target_group_id_fkey" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input" ADD CONSTRAINT "input_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "input"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input_contact" ADD CONSTRAINT "input_contact_input_id_fkey" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tag" ADD CONSTRAINT "tag_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input_tag" ADD CONSTRAINT "input_tag_input_id_fkey" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "input_tag" ADD CONSTRAINT "input_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "input_tag" ADD CONSTRAINT "input_tag_set_by_id_fkey" FOREIGN KEY ("set_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "input_thematic_plan" ADD CONSTRAINT "input_thematic_plan_input_id_fkey" FOREIGN KEY ("input_id") REFERENCES "input"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "input_thematic_plan" ADD CONSTRAINT "input_thematic_plan_thematic_plan_id_fkey" FOREIGN KEY ("thematic_plan_id") REFERENCES "thematic_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_process_id_fkey" FOREIGN KEY ("process_id") REFERENCES "process"("id") ON DELETE SET NULL ON UPDATE CASCADE;
