// Cost of one argon2id hash/verify with the production parameters: the floor of a sign-in.
import { performance } from "node:perf_hooks";
import { hashPassword, verifyPassword } from "../../src/lib/passwords";

const N = 20;
const hash = await hashPassword("et-langt-og-godt-passord");
const times: number[] = [];
for (let i = 0; i < N; i++) {
  const t0 = performance.now();
  await verifyPassword(hash, "et-langt-og-godt-passord");
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`\nargon2id verify (m=19 MiB, t=2, p=1), ${N} runs: p50 ${times[N / 2]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
