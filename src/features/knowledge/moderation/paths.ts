// Routes of the moderation pages (kept here: "use server" files may export only actions).
export const REVIEW_PATH = "/admin/kunnskapsbase/til-vurdering";
export const REDACT_PATH = "/admin/kunnskapsbase/sladd";
