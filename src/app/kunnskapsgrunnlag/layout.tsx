import "@/features/knowledge/report/report-print.css";
import type { ReactNode } from "react";
import { StaffMessages } from "@/components/staff-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <StaffMessages>{children}</StaffMessages>;
}
