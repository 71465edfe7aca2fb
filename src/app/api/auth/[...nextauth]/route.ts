// Auth.js's own endpoints (session, CSRF token, sign-out). Public by nature: this is how one
// signs in and out. Sign-out through here revokes the server-side session too (auth.ts events).
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
