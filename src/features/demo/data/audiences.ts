// Kinds of target group shared across processes (Audience), so the toolbox can say which
// methods suit whom. The first ten mirror the example CSV's `target_group` values; the
// rest are needed by the methods and by the target groups named in the DEMRE slides.

export interface DemoAudience {
  slug: string;
  name: string;
}

export const AUDIENCES = [
  { slug: "eldre-hjemmeboende", name: "Eldre hjemmeboende" },
  { slug: "eldre-pa-sykehjem", name: "Eldre på sykehjem" },
  { slug: "parorende", name: "Pårørende" },
  { slug: "ungdom", name: "Ungdom" },
  { slug: "barnefamilier-lav-inntekt", name: "Barnefamilier med lav inntekt" },
  { slug: "innvandrere-nyankomne", name: "Innvandrere og nyankomne" },
  { slug: "funksjonsnedsettelse", name: "Personer med funksjonsnedsettelse" },
  { slug: "frivillige-organisasjoner", name: "Frivillige og humanitære organisasjoner" },
  { slug: "ansatte-helse-omsorg", name: "Ansatte i helse og omsorg" },
  { slug: "naeringsliv", name: "Næringsliv" },
  { slug: "rus-psykisk-helse", name: "Personer med rus- eller psykiske helseutfordringer" },
  { slug: "barn", name: "Barn" },
  { slug: "raad-og-utvalg", name: "Råd og utvalg" },
  { slug: "lag-og-foreninger", name: "Lag og foreninger" },
  { slug: "brukere-av-tjenester", name: "Brukere av kommunale tjenester" },
  { slug: "innbyggere-generelt", name: "Innbyggere generelt" },
] as const satisfies readonly DemoAudience[];

export type AudienceSlug = (typeof AUDIENCES)[number]["slug"];
