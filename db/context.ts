import "server-only";
import type { Db } from "./client";
import type { Role } from "@/lib/auth/roles";

/** The signed-in user as the data layer sees them: re-read from the database on every request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
};

/** Every data-layer function takes this: which database, who acts, and from where. */
export type DbContext = {
  db: Db;
  actor: Actor | null;
  ip: string | null;
  /** The request's sign-in (db/sign-ins.ts), when there is one: a password change keeps it open. */
  signInId?: string;
};

export type ActorContext = DbContext & { actor: Actor };
