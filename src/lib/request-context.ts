import { headers } from "next/headers";

export async function requestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? "";
}

export async function currentPath(): Promise<string> {
  return (await headers()).get("x-pathname") ?? "/";
}
