// One message as plain text and accessible HTML from the same content: a lang attribute, a
// title, real headings, lists and links with words (never "click here"), no images and no
// tracking pixels. Everything a message says comes from messages/<locale>/mail.json.
import { env } from "@/lib/env";
import type { UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";

export type MailFact = { label: string; value: string };
export type MailSection = { heading: string; facts: MailFact[]; action?: { label: string; url: string } };
export type MailContent = {
  subject: string;
  paragraphs: string[];
  facts?: MailFact[];
  sections?: MailSection[];
  action?: { label: string; url: string };
};
export type RenderedMail = { subject: string; text: string; html: string };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const para = (s: string) => `<p>${esc(s).replace(/\n/g, "<br>")}</p>`;
const link = (a: { label: string; url: string }) => `<p><a href="${esc(a.url)}">${esc(a.label)}</a></p>`;
const factList = (facts: MailFact[]) => `<ul>${facts.map((f) => `<li>${esc(f.label)}: <strong>${esc(f.value)}</strong></li>`).join("")}</ul>`;

export function renderMail(content: MailContent, opts: { locale: UiLocale; unsubscribeUrl: string; why: string }): RenderedMail {
  const t = translator(opts.locale);
  const municipality = env().MEDVIRK_MUNICIPALITY;
  const signature = t("mail.footer.signature", { municipality });
  const unsubscribe = t("mail.footer.unsubscribe");

  const text = [
    ...content.paragraphs,
    ...(content.facts?.length ? [content.facts.map((f) => `${f.label}: ${f.value}`).join("\n")] : []),
    ...(content.sections ?? []).map((s) =>
      [s.heading, ...s.facts.map((f) => `- ${f.label}: ${f.value}`), ...(s.action ? [`${s.action.label}: ${s.action.url}`] : [])].join("\n"),
    ),
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    `-- \n${signature}\n${opts.why}\n${unsubscribe}: ${opts.unsubscribeUrl}`,
  ].join("\n\n");

  const html = [
    "<!DOCTYPE html>",
    `<html lang="${opts.locale}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(content.subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em;">',
    "<main>",
    ...content.paragraphs.map(para),
    ...(content.facts?.length ? [factList(content.facts)] : []),
    ...(content.sections ?? []).map((s) => `<h2 style="font-size: 1.1em;">${esc(s.heading)}</h2>${factList(s.facts)}${s.action ? link(s.action) : ""}`),
    ...(content.action ? [link(content.action)] : []),
    "</main>",
    `<footer><hr>${para(signature)}${para(opts.why)}<p><a href="${esc(opts.unsubscribeUrl)}">${esc(unsubscribe)}</a></p></footer>`,
    "</body></html>",
  ].join("\n");

  return { subject: content.subject, text, html };
}

/**
 * The stored HTML for the admin's preview frame (srcdoc): links open in a new tab, as in a mail
 * program, rather than inside the frame. The frame itself is sandboxed without scripts.
 */
export const previewHtml = (html: string) => html.replace("<head>", '<head><base target="_blank">');
