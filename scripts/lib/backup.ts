// Logical backup and restore of Medvirk's database without pg_dump: the pg_dump on a machine
// is often older than the embedded PostgreSQL 18 and refuses it, and the embedded package
// ships no pg_dump. A backup is one gzip file:
//   line 1            {"format":"medvirk-backup","version":1,"migrations":[…],"sequences":{…}}
//   per table         @@table {"name":…,"columns":[…]}  then COPY text rows, then \.
//   last line         @@end {"tables":{name:{rows,sha256}}}
// It is read in one REPEATABLE READ snapshot, so it is consistent while the app keeps running.
// Restore builds the schema with the backup's own migrations, loads every table in foreign-key
// order with the tables' triggers off (the counter tables are in the backup too), sets the
// sequences, checks row counts and checksums against the file in the same transaction, and
// then applies any newer migrations — so a backup of an older version restores into this one.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { PassThrough, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { migrate } from "./migrate";

export type BackupManifest = { tables: Record<string, { rows: number; sha256: string }> };
type Header = { format: "medvirk-backup"; version: 1; createdAt: string; migrations: string[]; sequences: Record<string, string | null> };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables in public (without Prisma's migration table), parents before children. */
async function tablesInLoadOrder(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`,
    )
  ).rows;
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: string, path: string[]) => {
    if (state.get(t) === "done") return;
    if (state.get(t) === "visiting") throw new Error(`foreign keys form a cycle: ${[...path, t].join(" → ")}`);
    state.set(t, "visiting");
    for (const e of edges) if (e.child === t) visit(e.parent, [...path, t]);
    state.set(t, "done");
    order.push(t);
  };
  for (const t of tables) visit(t, []);
  return order;
}

/** Stored (not generated) columns of a table, in order. */
async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  return (
    await client.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_attribute a
       WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
      [`public.${quote(table)}`],
    )
  ).rows.map((r) => r.name);
}

export async function backupDatabase(url: string, file: string): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const done = pipeline(gzip, out);
  const write = (s: string) => new Promise<void>((resolve, reject) => gzip.write(s, (e) => (e ? reject(e) : resolve())));
  const manifest: BackupManifest = { tables: {} };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    const sequences = Object.fromEntries(
      (
        await client.query<{ name: string; value: string | null }>(
          `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
        )
      ).rows.map((r) => [r.name, r.value]),
    );
    const header: Header = { format: "medvirk-backup", version: 1, createdAt: new Date().toISOString(), migrations, sequences };
    await write(JSON.stringify(header) + "\n");
    for (const table of await tablesInLoadOrder(client)) {
      const columns = await columnsOf(client, table);
      await write(`@@table ${JSON.stringify({ name: table, columns })}\n`);
      const hash = createHash("sha256");
      let rows = 0;
      const source = client.query(copyTo(`COPY (SELECT ${columns.map(quote).join(", ")} FROM public.${quote(table)}) TO STDOUT`));
      const count = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          hash.update(chunk);
          for (const byte of chunk) if (byte === 10) rows++;
          cb(null, chunk);
        },
      });
      // Into the gzip stream without ending it.
      await pipeline(source, count, new Writable({ write: (chunk, _e, cb) => gzip.write(chunk, cb) }));
      await write("\\.\n");
      manifest.tables[table] = { rows, sha256: hash.digest("hex") };
    }
    await write(`@@end ${JSON.stringify(manifest)}\n`);
    await client.query("COMMIT");
  } finally {
    gzip.end();
    await done.catch(() => {});
    await client.end();
  }
  return manifest;
}

export type RestoreResult = { manifest: BackupManifest; migrationsAfter: string[] };

/** Restores a backup into `url`, which must have no tables yet (or `replace`: everything in schema public is dropped first). */
export async function restoreDatabase(url: string, file: string, opts: { replace?: boolean } = {}): Promise<RestoreResult> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = JSON.parse(first.done ? "{}" : first.value) as Header;
  if (header.format !== "medvirk-backup" || header.version !== 1) throw new Error(`${file} is not a Medvirk backup (version 1).`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = Number((await client.query(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`)).rows[0].count);
    if (existing > 0) {
      if (!opts.replace)
        throw new Error(`the target database already has ${existing} tables; restore into an empty database, or pass --replace to drop them first.`);
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    }
    // The schema exactly as it was when the backup was made.
    await migrate(url, undefined, header.migrations);

    await client.query("BEGIN");
    const order = await tablesInLoadOrder(client);
    for (const table of order) await client.query(`ALTER TABLE public.${quote(table)} DISABLE TRIGGER USER`);
    // Some migrations insert reference rows; the backup has the rows as they were.
    await client.query(`TRUNCATE ${order.map((t) => `public.${quote(t)}`).join(", ")}`);
    const seen: BackupManifest = { tables: {} };
    let manifest: BackupManifest | undefined;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.startsWith("@@end ")) {
        manifest = JSON.parse(line.slice(6)) as BackupManifest;
        break;
      }
      if (!line.startsWith("@@table ")) throw new Error(`unexpected line in backup: ${line.slice(0, 80)}`);
      const { name, columns } = JSON.parse(line.slice(8)) as { name: string; columns: string[] };
      const sink = client.query(copyFrom(`COPY public.${quote(name)} (${columns.map(quote).join(", ")}) FROM STDIN`));
      const feed = new PassThrough();
      const loading = pipeline(feed, sink);
      const hash = createHash("sha256");
      let rows = 0;
      for (let row = await lines.next(); ; row = await lines.next()) {
        if (row.done) throw new Error(`backup ends inside table ${name}`);
        if (row.value === "\\.") break;
        const data = row.value + "\n";
        hash.update(data);
        rows++;
        if (!feed.write(data)) await new Promise((r) => feed.once("drain", r));
      }
      feed.end();
      await loading;
      seen.tables[name] = { rows, sha256: hash.digest("hex") };
    }
    if (!manifest) throw new Error("backup is cut short (no end marker)");
    for (const [name, want] of Object.entries(manifest.tables)) {
      const got = seen.tables[name];
      if (!got || got.rows !== want.rows || got.sha256 !== want.sha256) throw new Error(`table ${name} does not match the backup's checksum`);
    }
    for (const [name, value] of Object.entries(header.sequences)) {
      if (value !== null) await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [`public.${quote(name)}`, value]);
    }
    for (const table of order) await client.query(`ALTER TABLE public.${quote(table)} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
    // Newer migrations of this version of the code, on top of the restored data.
    const { applied } = await migrate(url);
    // Public pages are cached per public_content_version (src/lib/public-cache.ts): the restored
    // row holds an old version that a running instance may have cached other data under, so it
    // jumps past every version any instance can have seen (a count of commits, or an earlier
    // restore's clock value).
    await client.query(`UPDATE public_content_version SET version = GREATEST(version + 1, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)`);
    return { manifest, migrationsAfter: applied };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
