// Element ids the keyboard shortcuts (triage-shortcuts.tsx) look for on the one-input page.
// A plain module: server components cannot read values exported from a "use client" file.
export const SHORTCUT_IDS = {
  form: "triage-skjema",
  categories: "triage-kategori",
  done: "triage-ferdig",
  next: "triage-neste",
  previous: "triage-forrige",
} as const;
