"use client";

// Progressive enhancement of the public form; without JavaScript none of this renders and
// the form works the same. CharacterCounter: a live count under a text field. FormDraft:
// keeps the unsent answers in localStorage (never contact details) and restores them.
// Their texts (`forms.enhance`, in the form's language) come as props from the server page,
// so the form loads no next-intl client code (issue #20); the counter fills in its numbers
// with fillCount.
import { useEffect, useRef, useState } from "react";
import { Alert, Button, Paragraph } from "@/components/ds";
import { fieldId } from "@/components/field-state";
import { fillCount } from "@/lib/i18n/fill-count";

const ANNOUNCE_AFTER_MS = 1200; // screen readers hear the count when typing pauses, not per key
const SAVE_AFTER_MS = 400;

/** The counter's message templates (`forms.enhance.counter`/`counterOver`) and their language. */
export type CounterTexts = { locale: string; counter: string; counterOver: string };
/** The draft notice's texts (`forms.enhance.draft*`). */
export type DraftTexts = { draftRestored: string; draftClear: string; draftCleared: string };

/** "1 234 av 5 000 tegn" under the field; over the limit it says by how much (the server refuses it). */
export function CharacterCounter({ name, max, texts }: { name: string; max: number; texts: CounterTexts }) {
  const [count, setCount] = useState<number | null>(null);
  const [announced, setAnnounced] = useState<number | null>(null);
  useEffect(() => {
    const field = document.getElementById(fieldId(name)) as HTMLTextAreaElement | HTMLInputElement | null;
    if (!field) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      setCount(field.value.length);
      clearTimeout(timer);
      timer = setTimeout(() => setAnnounced(field.value.length), ANNOUNCE_AFTER_MS);
    };
    update();
    // A restored draft sets the value from script; it dispatches "input" so we hear about it.
    field.addEventListener("input", update);
    return () => {
      field.removeEventListener("input", update);
      clearTimeout(timer);
    };
  }, [name]);
  if (count === null) return null;
  const text = (n: number) =>
    n > max ? fillCount(texts.counterOver, { count: n, max, over: n - max }, texts.locale) : fillCount(texts.counter, { count: n, max }, texts.locale);
  return (
    <div className="-mt-3 text-sm" data-counter={name}>
      <p aria-hidden="true" className={count > max ? "font-semibold text-[var(--ds-color-danger-text-default)]" : undefined}>
        {text(count)}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced === null ? "" : text(announced)}
      </p>
    </div>
  );
}

type Draft = Record<string, string[]>;
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Keeps the form's answers in this browser until it is sent, so a closed tab or a lost
 * connection does not lose a long text. Fields whose name starts with an `exclude` prefix
 * (contact details) and hidden fields are never stored. Cleared on the receipt page.
 */
export function FormDraft({ storageKey, exclude: excludeList, texts }: { storageKey: string; exclude: string[]; texts: DraftTexts }) {
  const exclude = excludeList.join("\n"); // a stable effect dependency
  const anchor = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"none" | "restored" | "cleared">("none");

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const kept = (el: Element): el is Control =>
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) &&
      Boolean(el.name) &&
      el.type !== "hidden" &&
      el.tabIndex !== -1 && // the honeypot
      !excluded(el.name, exclude);
    const controls = () => Array.from(form.elements).filter(kept);

    const restored = restore(controls(), read(storageKey));
    if (restored) setState("restored");
    // Keep what was typed before the page became interactive (it fired no events we heard).
    write(storageKey, snapshot(controls()));

    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = setTimeout(() => write(storageKey, snapshot(controls())), SAVE_AFTER_MS);
    };
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    return () => {
      form.removeEventListener("input", save);
      form.removeEventListener("change", save);
      clearTimeout(timer);
    };
  }, [storageKey, exclude]);

  const clear = () => {
    const form = anchor.current?.closest("form");
    write(storageKey, {});
    if (form) {
      for (const el of Array.from(form.elements)) {
        if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) continue;
        if (!el.name || el.type === "hidden" || el.tabIndex === -1 || excluded(el.name, exclude)) continue;
        if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) el.checked = false;
        else el.value = "";
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
    setState("cleared");
  };

  return (
    <div ref={anchor}>
      <div role="status">{state === "cleared" && <Paragraph data-size="sm">{texts.draftCleared}</Paragraph>}</div>
      {state === "restored" && (
        <Alert data-color="info" className="space-y-3">
          <Paragraph>{texts.draftRestored}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={clear}>
            {texts.draftClear}
          </Button>
        </Alert>
      )}
    </div>
  );
}

/** Removes a draft once its form was sent (rendered on the fresh receipt). */
export function DraftCleaner({ storageKey }: { storageKey: string }) {
  useEffect(() => write(storageKey, {}), [storageKey]);
  return null;
}

const excluded = (name: string, prefixes: string) => prefixes !== "" && prefixes.split("\n").some((p) => name.startsWith(p));

function snapshot(controls: Control[]): Draft {
  const draft: Draft = {};
  for (const el of controls) {
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked) (draft[el.name] ??= []).push(el.value);
    } else if (el.value.trim() !== "") {
      (draft[el.name] ??= []).push(el.value);
    }
  }
  return draft;
}

/** Fills only fields that are still empty: what the server sent back after an error wins. */
function restore(controls: Control[], draft: Draft): boolean {
  const names = Object.keys(draft);
  if (names.length === 0) return false;
  let any = false;
  for (const name of names) {
    const group = controls.filter((el) => el.name === name);
    const values = draft[name] ?? [];
    const choices = group.filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio"));
    if (choices.length > 0) {
      if (choices.some((el) => el.checked)) continue;
      for (const el of choices) el.checked = values.includes(el.value);
      any ||= choices.some((el) => el.checked);
      continue;
    }
    const el = group[0];
    if (!el || el.value !== "" || values[0] === undefined) continue;
    el.value = values[0];
    if (el.value !== values[0]) continue; // e.g. a select option that no longer exists
    el.dispatchEvent(new Event("input", { bubbles: true }));
    any = true;
  }
  return any;
}

// localStorage can be missing or full (private windows, quotas): a draft is a nicety, never an error.
function read(key: string): Draft {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? "{}");
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Draft) : {};
  } catch {
    return {};
  }
}

function write(key: string, draft: Draft) {
  try {
    if (Object.keys(draft).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // ignored on purpose, see read()
  }
}
