// Screening of an arriving input: likely abuse and personal data that must not be published.
// OWNED BY THE MODERATION SLICE — first version, to be replaced.
export type ScreeningFlag = "abuse" | "phone" | "email" | "national-id" | "health-person";

export type Screening = { flags: ScreeningFlag[]; hold: boolean };

export function screenText(text: string): Screening {
  const flags: ScreeningFlag[] = [];
  if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(text)) flags.push("email");
  return { flags, hold: flags.length > 0 };
}
