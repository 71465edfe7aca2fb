// Demo content for Medvirk: the DEMRE process in Drammen and the shared lists around it.
// Plain data, no database code; scripts/seed.ts turns it into rows.

export * from "./parties";
export * from "./districts";
export * from "./population";
export * from "./thematic-plans";
export * from "./audiences";
export * from "./methods";
export * from "./demo-time";
export * from "./demre-target-groups";
export * from "./demre-process";
export * from "./demre-activities";
export * from "./users";
