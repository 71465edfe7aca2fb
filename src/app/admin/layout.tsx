import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin-nav";
import { StaffMessages } from "@/components/staff-messages";

// Navigation only: every admin page checks access itself (requirePermission).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <StaffMessages>
      <AdminNav />
      {children}
    </StaffMessages>
  );
}
