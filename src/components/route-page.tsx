// What many route files repeated line for line: a tab title read from one message, and a staff
// page that checks one permission and hands its whole query to the feature's page component.
// Route files stay thin and say only which message, which permission and which component.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ComponentType } from "react";
import type { Permission } from "@/lib/permissions";
import { requirePermission } from "@/lib/session";

export type SearchParams = Record<string, string | string[] | undefined>;

/** `generateMetadata` for a page whose tab title is one message (`namespace.key`). */
export function titleFrom(namespace: string, key = "title") {
  return async function generateMetadata(): Promise<Metadata> {
    return { title: (await getTranslations(namespace))(key) };
  };
}

/** The page at `path`, shown to those with `permission`, rendering `Component` with the query. */
export function queryPage(permission: Permission, path: string, Component: ComponentType<{ searchParams: SearchParams }>) {
  return async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
    await requirePermission(permission, path);
    return <Component searchParams={await searchParams} />;
  };
}
