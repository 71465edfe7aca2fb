// The supervisor of `npm start` (scripts/start.ts) brings the service back by itself:
//   1. kill -9 of the Next server → restarted, /api/health ok again
//   2. kill -9 of the embedded PostgreSQL → restarted (stale postmaster.pid), pool reconnects
//   3. a second `npm start` on the same data folder → exits non-zero and says why
//   4. SIGTERM → app and database stop, exit 0
//   5. external DATABASE_URL down → the no-JS public form comes back with the text and a
//      Norwegian message (never a 500); the app recovers once the database is back
// Needs a production build (`next build`); npm test runs it right after the build.
// Ports: SUPERVISOR_PORT (app) and SUPERVISOR_PG_PORT, else free ones.
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, readLock, startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { health, pidAlive, postPublicForm, readPublicForm, sleep, startSupervisor, waitForHealth } from "./support";

const RECOVER_S = Number(process.env.RECOVER_SECONDS ?? 20);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "medvirk-supervisor-"));
chmodSync(dataDir, 0o755); // PostgreSQL runs as the postgres user when we are root
const port = Number(process.env.SUPERVISOR_PORT ?? (await freePort()));
const pgPort = Number(process.env.SUPERVISOR_PG_PORT ?? (await freePort()));
const base = `http://localhost:${port}`;
const results: { check: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail = "") => {
  results.push({ check: name, ok, detail });
  console.log(`${ok ? "✔" : "✘"} ${name}${detail ? ` — ${detail}` : ""}`);
};
const t0 = Date.now();
const env = { PORT: String(port), MEDVIRK_PG_PORT: String(pgPort), MEDVIRK_DATA_DIR: dataDir };
const sup = startSupervisor(env, { echo: Boolean(process.env.VERBOSE) });

try {
  await waitForHealth(base, 240_000);
  console.log(`started in ${((Date.now() - t0) / 1000).toFixed(1)} s (data in ${dataDir})`);

  // 1. kill -9 of the app
  const appPid = Number((await sup.waitFor(/Appen starter \(pid (\d+)/, 1000))[1]);
  let mark = sup.output().length;
  process.kill(appPid, "SIGKILL");
  const k1 = Date.now();
  await sup.waitFor(/Appen stoppet uventet/, 5000, mark);
  const appBack = await waitForHealth(base, RECOVER_S * 1000).then(
    () => (Date.now() - k1) / 1000,
    () => NaN,
  );
  check("kill -9 of the Next server: restarted, health ok", !Number.isNaN(appBack), `${appBack.toFixed(1)} s`);

  // 2. kill -9 of the postmaster
  const pgPid = readLock(path.join(dataDir, "pg"))!.pid;
  mark = sup.output().length;
  process.kill(pgPid, "SIGKILL");
  const k2 = Date.now();
  await sup.waitFor(/PostgreSQL stoppet uventet/, 5000, mark);
  const dbBack = await waitForHealth(base, RECOVER_S * 1000).then(
    () => (Date.now() - k2) / 1000,
    () => NaN,
  );
  check("kill -9 of PostgreSQL: restarted, pool reconnected, health ok", !Number.isNaN(dbBack), `${dbBack.toFixed(1)} s`);

  // 3. a second start on the same (locked) data folder
  const second = startSupervisor({ ...env, PORT: String(await freePort()) });
  const code = await Promise.race([second.exited, sleep(60_000).then(() => "timeout" as const)]);
  if (code === "timeout") second.proc.kill("SIGKILL");
  const said = second.output().match(/Medvirk startet ikke: .*i bruk.*/)?.[0] ?? "";
  check(
    "second start on a locked data folder exits non-zero and says why",
    code !== 0 && code !== "timeout" && said !== "" && !/undefined/.test(second.output()),
    `exit ${code}: ${said}`,
  );
  check("the first instance still serves after that", (await health(base)) === 200);

  // 4. SIGTERM stops both
  const livePg = readLock(path.join(dataDir, "pg"))!.pid;
  sup.proc.kill("SIGTERM");
  const stopCode = await Promise.race([sup.exited, sleep(30_000).then(() => "timeout" as const)]);
  await sleep(300);
  check("SIGTERM stops app and database, exit 0", stopCode === 0 && !pidAlive(livePg) && (await health(base)) === 0, `exit ${stopCode}`);

  // 5. external DATABASE_URL: the database goes away and comes back
  const db = await startEmbeddedDb({ dir: path.join(dataDir, "pg"), port: pgPort, persistent: true });
  const ext = startSupervisor({ PORT: String(port), DATABASE_URL: db.url("medvirk"), AUTH_SECRET: randomBytes(24).toString("hex"), MEDVIRK_DATA_DIR: dataDir });
  let db2: Awaited<ReturnType<typeof startEmbeddedDb>> | undefined;
  try {
    await waitForHealth(base, 60_000);
    const form = await readPublicForm(base, "demre-innspill");
    await db.stop();
    const text = `Teksten min skal ikke forsvinne ${randomUUID()}`;
    const down = await postPublicForm(base, "demre-innspill", form, text, randomUUID());
    const kept = down.body.includes(text);
    const message = down.body.includes("Vi får ikke lagret akkurat nå");
    check(
      "database down: the no-JS form comes back with the text and a Norwegian message",
      down.status === 503 && kept && message,
      `status ${down.status}, text kept: ${kept}, message: ${message}`,
    );
    check("database down: health says 503", (await health(base)) === 503);
    const k3 = Date.now();
    db2 = await startEmbeddedDb({ dir: path.join(dataDir, "pg"), port: pgPort, persistent: true });
    const extBack = await waitForHealth(base, RECOVER_S * 1000).then(
      () => (Date.now() - k3) / 1000,
      () => NaN,
    );
    check("external database back: health ok without a restart", !Number.isNaN(extBack), `${extBack.toFixed(1)} s`);
    const again = await postPublicForm(base, "demre-innspill", form, text, randomUUID());
    check("…and the same text is accepted with a receipt", Boolean(again.receipt), `status ${again.status}`);
  } finally {
    ext.proc.kill("SIGTERM");
    await Promise.race([ext.exited, sleep(15_000)]);
    await db2?.stop();
    await db.stop().catch(() => {});
  }
} catch (error) {
  check("supervisor checks ran to the end", false, error instanceof Error ? error.message : String(error));
} finally {
  if (sup.proc.exitCode === null) {
    sup.proc.kill("SIGTERM");
    await Promise.race([sup.exited, sleep(15_000)]);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\nSupervisor checks took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
