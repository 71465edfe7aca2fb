import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin-nav";

// Navigation only: every admin page checks access itself (requirePermission).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
