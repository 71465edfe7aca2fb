-- One row per signed-in browser. The session cookie (an Auth.js JWT) carries the row's id,
-- and every request checks that the row is still there and not revoked, so «Logg ut» ends
-- the session on the server: a copied cookie stops working at once instead of living on for
-- the cookie's 8 hours. session_version on app_user still revokes every session of a user.
CREATE TABLE user_session (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL,
  revoked_at timestamptz(3)
);
CREATE INDEX user_session_user_id_idx ON user_session (user_id);
