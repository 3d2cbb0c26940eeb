import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string; email: string; signInId: string };
  }
  interface User {
    id: string;
    role: Role;
    signInId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The sign-in row this token belongs to (db/sign-ins.ts). */
    sid?: string;
  }
}
