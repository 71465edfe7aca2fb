// Staff pages: their client components get the whole message catalogue (components/staff-messages.tsx).
import type { ReactNode } from "react";
import { StaffMessages } from "@/components/staff-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <StaffMessages>{children}</StaffMessages>;
}
