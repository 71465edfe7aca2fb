// `npm run test:faults` (after the supervisor checks): 200 concurrent clients post the public
// form without JavaScript for a bounded time while the app and then PostgreSQL are killed
// with kill -9. Every receipt a client was shown must be in the database with its full text,
// no row may exist without a receipt shown, and the service must recover without help.
// A client whose post failed does what a citizen does: sends the same form again (same
// idempotency key) until it gets a receipt. Prints issued / found / lost and the seconds to
// recover; exits non-zero on any loss. Knobs: FAULT_CLIENTS (200), FAULT_SECONDS (60).
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, readLock } from "../../scripts/lib/embedded-db";
import { health, postPublicForm, readPublicForm, sleep, startSupervisor, waitForHealth } from "./support";

const CLIENTS = Number(process.env.FAULT_CLIENTS ?? 200);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 60);
const GRACE_S = 90;
const THINK_MS = Number(process.env.FAULT_THINK_MS ?? 1000);
const SLUG = "demre-innspill";
const run = randomBytes(4).toString("hex");

const dataDir = mkdtempSync(path.join(os.tmpdir(), "medvirk-fault-"));
chmodSync(dataDir, 0o755);
const port = Number(process.env.FAULT_PORT ?? (await freePort()));
const pgPort = Number(process.env.FAULT_PG_PORT ?? (await freePort()));
const base = `http://localhost:${port}`;
const sup = startSupervisor({ PORT: String(port), MEDVIRK_PG_PORT: String(pgPort), MEDVIRK_DATA_DIR: dataDir }, { echo: Boolean(process.env.VERBOSE) });

type Submission = { key: string; text: string; receipt?: string; attempts: number };
const submissions: Submission[] = [];
const outcomes = { receipts: 0, tryAgainPage: 0, tryAgainWithoutText: 0, refusedOrReset: 0, http5xx: 0, rateLimited: 0, other: 0 };
const fiveHundreds = new Map<string, number>();
let exitCode = 1;

try {
  await waitForHealth(base, 240_000);
  const form = await readPublicForm(base, SLUG);
  console.log(
    `Fault test: ${CLIENTS} clients for ${SECONDS} s; kill -9 of the app at ${Math.round(SECONDS * 0.25)} s, of PostgreSQL at ${Math.round(SECONDS * 0.6)} s`,
  );

  const started = Date.now();
  const end = started + SECONDS * 1000;
  const giveUp = end + GRACE_S * 1000;

  async function attempt(s: Submission) {
    s.attempts++;
    // Each submission from its own address, so the per-client rate limit is not what is measured.
    const address = `10.${(s.attempts * 7) % 250}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    try {
      const r = await postPublicForm(base, SLUG, form, s.text, s.key, { headers: { "x-forwarded-for": address }, timeoutMs: 30_000 });
      if (r.receipt) {
        s.receipt = r.receipt;
        outcomes.receipts++;
      } else if (r.body.includes("Vi får ikke lagret akkurat nå")) {
        // 503 while the database is down is right, as long as the page gives the text back.
        if (r.body.includes(s.text)) outcomes.tryAgainPage++;
        else outcomes.tryAgainWithoutText++;
      } else if (r.status >= 500) {
        outcomes.http5xx++;
        fiveHundreds.set(
          `${r.status} ${r.body.replace(/\s+/g, " ").slice(0, 120)}`,
          (fiveHundreds.get(`${r.status} ${r.body.replace(/\s+/g, " ").slice(0, 120)}`) ?? 0) + 1,
        );
      } else if (r.status === 200 && /for mange|too many/i.test(r.body)) outcomes.rateLimited++;
      else outcomes.other++;
    } catch {
      outcomes.refusedOrReset++;
    }
  }

  const clients = Array.from({ length: CLIENTS }, async (_, c) => {
    let n = 0;
    while (Date.now() < end) {
      const s: Submission = {
        key: randomUUID(),
        text: `fault-${run}-${c}-${n++} Det trengs flere benker langs elva på Åssiden, og bedre lys på gangbrua ved Bragernes – «nå»!${" ø".repeat(c % 40)}`, // the form trims the ends: no space there
        attempts: 0,
      };
      submissions.push(s);
      while (!s.receipt && Date.now() < giveUp) {
        await attempt(s);
        // Try again as a person would: soon, then less often (and not all at the same moment).
        if (!s.receipt) await sleep(Math.min(5000, 250 * 2 ** Math.min(s.attempts, 5)) * (0.5 + Math.random()));
      }
      await sleep(THINK_MS); // a person, not a loop
    }
  });

  // Faults, and how long until /api/health says ok again after each.
  const recovery: Record<string, number> = {};
  const faults = (async () => {
    await sleep(SECONDS * 250);
    const appPid = Number([...sup.output().matchAll(/Appen starter \(pid (\d+)/g)].at(-1)![1]);
    let t = Date.now();
    process.kill(appPid, "SIGKILL");
    await sleep(200);
    recovery["kill -9 app"] = await waitForHealth(base, 120_000, 15_000).then((s) => s + 0.2);
    await sleep(Math.max(0, started + SECONDS * 600 - Date.now()));
    const pgPid = readLock(path.join(dataDir, "pg"))!.pid;
    t = Date.now();
    process.kill(pgPid, "SIGKILL");
    while ((await health(base, 15_000)) === 200 && Date.now() - t < 5000) await sleep(50);
    await waitForHealth(base, 120_000, 15_000);
    recovery["kill -9 PostgreSQL"] = (Date.now() - t) / 1000;
  })();

  const progress = setInterval(() => {
    const got = submissions.filter((x) => x.receipt).length;
    console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${got} receipts, ${submissions.length - got} waiting, ${JSON.stringify(outcomes)}`);
  }, 10_000);
  await Promise.all([...clients, faults]);
  clearInterval(progress);
  const elapsed = (Date.now() - started) / 1000;

  const client = new pg.Client({ connectionString: `postgresql://medvirk:medvirk-local@localhost:${pgPort}/medvirk` });
  await client.connect();
  const rows = (
    await client.query<{ receipt_code: string; text: string; idempotency_key: string }>(
      `SELECT receipt_code, text, idempotency_key FROM input WHERE text LIKE $1`,
      [`fault-${run}-%`],
    )
  ).rows;
  await client.end();

  const byReceipt = new Map(rows.map((r) => [r.receipt_code, r]));
  const issued = submissions.filter((s) => s.receipt);
  const found = issued.filter((s) => byReceipt.get(s.receipt!)?.text === s.text);
  const shown = new Set(issued.map((s) => s.receipt));
  const withoutReceipt = rows.filter((r) => !shown.has(r.receipt_code));
  const duplicates = rows.length - new Set(rows.map((r) => r.idempotency_key)).size;
  const neverAcknowledged = submissions.length - issued.length;

  console.log(`\n${submissions.length} submissions in ${elapsed.toFixed(0)} s from ${CLIENTS} clients; responses: ${JSON.stringify(outcomes)}`);
  console.log(`issued ${issued.length} / found ${found.length} / lost ${issued.length - found.length}`);
  console.log(`rows without a receipt shown: ${withoutReceipt.length}; duplicate rows: ${duplicates}; submissions never acknowledged: ${neverAcknowledged}`);
  for (const [body, n] of fiveHundreds) console.log(`5xx ×${n}: ${body}`);
  for (const [fault, s] of Object.entries(recovery)) console.log(`recovered after ${fault}: ${s.toFixed(1)} s`);
  const ok =
    issued.length > 0 &&
    found.length === issued.length &&
    withoutReceipt.length === 0 &&
    duplicates === 0 &&
    outcomes.http5xx === 0 &&
    outcomes.tryAgainWithoutText === 0 &&
    neverAcknowledged === 0;
  console.log(ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
  exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(error);
  console.log("0 passed, 1 failed");
} finally {
  console.log(
    "\nSupervisor log:\n" +
      sup
        .output()
        .split("\n")
        .filter((l) => l.startsWith("[medvirk]"))
        .join("\n"),
  );
  sup.proc.kill("SIGTERM");
  await Promise.race([sup.exited, sleep(20_000)]);
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
