import { HomePage } from "@/features/processes/components/home-page";

export const dynamic = "force-dynamic";
export default HomePage;
