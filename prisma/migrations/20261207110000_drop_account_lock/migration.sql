-- Sign-in throttles (rate_limit per e-mail + client, per client, in total) replaced the
-- account-wide lock, which let a stranger keep a person out; its columns are no longer read.
ALTER TABLE "app_user" DROP COLUMN "locked_until", DROP COLUMN "failed_login_count";
