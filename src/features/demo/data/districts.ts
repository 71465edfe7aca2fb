// Drammen's districts as used in the example inputs (shared/data/README.md), in the same
// order. Names must match the CSV `district` column exactly so imports can link them.

export interface DemoDistrict {
  /** ASCII, for URLs and filters. */
  slug: string;
  name: string;
}

export const DISTRICTS = [
  { slug: "bragernes", name: "Bragernes" },
  { slug: "stromso", name: "Strømsø" },
  { slug: "assiden", name: "Åssiden" },
  { slug: "fjell", name: "Fjell" },
  { slug: "gulskogen", name: "Gulskogen" },
  { slug: "konnerud", name: "Konnerud" },
  { slug: "skoger", name: "Skoger" },
  { slug: "svelvik", name: "Svelvik" },
  { slug: "mjondalen", name: "Mjøndalen" },
  { slug: "askollen-tangen", name: "Åskollen/Tangen" },
  { slug: "danvik", name: "Danvik" },
] as const satisfies readonly DemoDistrict[];

export type DistrictName = (typeof DISTRICTS)[number]["name"];
