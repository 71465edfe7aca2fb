// The server Playwright tests run against: a production build (`next build` must have run)
// on a throwaway embedded PostgreSQL with the demo seed. Stops the database on exit.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { openMailbox } from "../tests/support/mailbox";
import { startTestProvider } from "../tests/support/oidc-test-provider";
import { startTestSmtp } from "../tests/support/smtp";
import { ensureDatabase, startEmbeddedDb } from "./lib/embedded-db";
import { ROOT } from "./lib/local-env";
import { migrate } from "./lib/migrate";
import { seedDemoWithUrl } from "./lib/seed-runner";

const port = Number(process.env.E2E_PORT ?? 3100);
const pg = await startEmbeddedDb({ dir: path.join(os.tmpdir(), `medvirk-e2e-${randomBytes(4).toString("hex")}`), persistent: false });
await ensureDatabase(pg.url("postgres"), "medvirk");
const url = pg.url("medvirk");
await migrate(url);
await seedDemoWithUrl(url);

// Two real OpenID Connect providers on free ports (issue #21): one configured like Entra ID
// for staff, one like ID-porten for citizens; the app is pointed at them (E2E_SSO=0: none).
const origin = `http://localhost:${port}`;
const sso =
  process.env.E2E_SSO === "0"
    ? []
    : await Promise.all([
        startTestProvider({
          flavour: "entra",
          clientId: "medvirk-e2e-entra",
          clientSecret: "e2e-entra-secret",
          redirectUris: [`${origin}/api/sso/entra/callback`],
          postLogoutRedirectUris: [`${origin}/logg-inn`],
          accounts: {
            "nina.ny": {
              oid: "e2e-oid-nina",
              tid: "e2e-tenant",
              email: "nina.ny@kommune.test",
              email_verified: true,
              preferred_username: "nina.ny@kommune.test",
              name: "Nina Ny",
              groups: ["grp-politikere"],
            },
          },
        }),
        startTestProvider({
          flavour: "idporten",
          clientId: "medvirk-e2e-idporten",
          clientSecret: "e2e-idporten-secret",
          redirectUris: [`${origin}/api/sso/idporten/callback`],
          postLogoutRedirectUris: [`${origin}/mine-innspill`],
          // The second citizen is sso.spec.ts's panel member, so each test's «Mine innspill» is its own.
          accounts: { "01019912345": { pid: "01019912345" }, "17057512345": { pid: "17057512345" } },
        }),
      ]);
const ssoEnv = sso.length
  ? {
      MEDVIRK_ENTRA_ISSUER: sso[0]!.issuer,
      MEDVIRK_ENTRA_CLIENT_ID: "medvirk-e2e-entra",
      MEDVIRK_ENTRA_CLIENT_SECRET: "e2e-entra-secret",
      MEDVIRK_ENTRA_ALLOWED_DOMAINS: "kommune.test",
      MEDVIRK_ENTRA_GROUP_ROLES: "grp-politikere=POLITICIAN",
      MEDVIRK_IDPORTEN_ISSUER: sso[1]!.issuer,
      MEDVIRK_IDPORTEN_CLIENT_ID: "medvirk-e2e-idporten",
      MEDVIRK_IDPORTEN_CLIENT_SECRET: "e2e-idporten-secret",
      MEDVIRK_CITIZEN_ID_KEY: "e2e-citizen-key-" + randomBytes(16).toString("hex"),
    }
  : {};

// A real SMTP server on a free port (issue #22): the outbox worker sends to it every second, and
// each mail lands as JSON in this port's mailbox folder (tests/support/mailbox.ts), where the
// specs read it. E2E_SMTP=0: no SMTP, so messages wait in the outbox as in the demo.
const smtp = process.env.E2E_SMTP === "0" ? null : await startTestSmtp({ onMail: openMailbox(port) });
const smtpEnv = smtp ? { SMTP_URL: smtp.url, MAIL_FROM: "medvirk@kommune.test", MAIL_TICK_SECONDS: "1" } : {};

const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: "e2e-secret-" + randomBytes(16).toString("hex"),
    MEDVIRK_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    ...ssoEnv,
    ...smtpEnv,
  },
});
const stop = async () => {
  child.kill("SIGTERM");
  await Promise.all(sso.map((p) => p.close()));
  await smtp?.stop();
  await pg.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async () => {
  await pg.stop().catch(() => {});
  process.exit(0);
});
