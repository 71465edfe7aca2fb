// When the supervisor (scripts/start.ts) restarts a crashed child: at once the first time,
// then with a doubling pause, and not at all after too many crashes in a short window, so
// a process manager (systemd, Docker restart policy) takes over instead of a tight loop.
export type RestartPolicy = { maxCrashes: number; windowMs: number; firstDelayMs: number; maxDelayMs: number };

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxCrashes: 5, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 10_000 };

export type RestartDecision = { restart: true; delayMs: number; crashesInWindow: number } | { restart: false; crashesInWindow: number };

/** Records a crash at `now` and says whether, and after how long, to start again. */
export function createRestarter(policy: RestartPolicy = DEFAULT_RESTART_POLICY) {
  const crashes: number[] = [];
  return (now = Date.now()): RestartDecision => {
    crashes.push(now);
    while (crashes.length && crashes[0]! <= now - policy.windowMs) crashes.shift();
    const n = crashes.length;
    if (n >= policy.maxCrashes) return { restart: false, crashesInWindow: n };
    return { restart: true, delayMs: Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (n - 1)), crashesInWindow: n };
  };
}
