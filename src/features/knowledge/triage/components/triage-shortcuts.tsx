"use client";

// Keyboard shortcuts on the one-input triage page — an extra on top of the visible buttons:
// 1–9 choose that insight category and save the page's one form (every choice on it), n / p
// next / previous input, f "Ferdig – neste" (the same form, saved by its done button).
// Ignored while typing in a field, and with Ctrl/Alt/Meta so browser shortcuts keep working.
import { useEffect } from "react";
import { SHORTCUT_IDS } from "./shortcut-ids";

function typing(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit"].includes(target.type);
}

/** Submits the page's one form as if `buttonId` (or, without one, the plain save) was pressed. */
function submitForm(buttonId?: string) {
  const form = document.getElementById(SHORTCUT_IDS.form);
  if (!(form instanceof HTMLFormElement)) return;
  const button = buttonId ? document.getElementById(buttonId) : null;
  if (button instanceof HTMLButtonElement && button.form === form) form.requestSubmit(button);
  else form.requestSubmit();
}

export function TriageShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
      if (/^[1-9]$/.test(e.key)) {
        const radios = document.querySelectorAll<HTMLInputElement>(`#${SHORTCUT_IDS.categories} input[type=radio]`);
        const radio = radios[Number(e.key) - 1];
        if (!radio) return;
        e.preventDefault();
        radio.checked = true;
        radio.focus();
        submitForm();
      } else if (e.key === "n" || e.key === "p") {
        const link = document.getElementById(e.key === "n" ? SHORTCUT_IDS.next : SHORTCUT_IDS.previous);
        if (!link) return;
        e.preventDefault();
        link.click();
      } else if (e.key === "f") {
        e.preventDefault();
        submitForm(SHORTCUT_IDS.done);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
