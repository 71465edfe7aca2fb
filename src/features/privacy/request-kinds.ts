// The privacy request's fixed values, without zod: the citizen's request form is a client
// component on the receipt page, and importing them from schemas.ts put zod into that page's
// JavaScript (issue #20). schemas.ts builds its rules on these.
export const REQUEST_KINDS = ["ACCESS", "CORRECTION", "ERASURE"] as const;
export const MESSAGE_MAX = 2000;
export const HANDLINGS = ["ANSWERED", "ERASE", "CORRECT", "REFUSE"] as const;
