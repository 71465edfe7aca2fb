export { LegalPage } from "./components/legal-page";
export type { LegalDoc, LegalLink, LegalSection } from "./components/legal-page";
