import { type Db, databaseFile, openDatabase } from "@/db/client";
import type { ActorContext } from "@/db/context";
import { findActiveActor } from "@/db/sign-in";
import { findUserIdByEmail } from "@/db/users";
import { FIRST_ADMIN } from "./practice";

/**
 * Every db/ call in the tests goes through this. The data layer is moving from synchronous
 * results to promises; awaiting `fromDb(call)` works with either, where a bare `await` of a
 * plain value fails lint (await-thenable). Once every db/ function is async it can go.
 */
export const fromDb = <T>(result: T): Promise<Awaited<T>> => Promise.resolve(result);

let opening: Promise<Db> | undefined;

async function open(): Promise<Db> {
  const file = await fromDb(databaseFile());
  return fromDb(openDatabase(file));
}

/** The same SQLite file the server under test uses (WAL lets both open it). */
export function testDb(): Promise<Db> {
  opening ??= open();
  return opening;
}

/**
 * The data layer acting as `user`, as the app builds it for a request: to set up a test quickly
 * and to check what was (not) written.
 */
export async function asUser(user: { id: string }): Promise<ActorContext> {
  const db = await testDb();
  const actor = await fromDb(findActiveActor({ db }, user.id));
  if (!actor) throw new Error(`user ${user.id} is not an active user`);
  return { db, actor, ip: "e2e" };
}

/** The first admin (made by first-run.setup.ts) as a data-layer actor. */
export async function firstAdminContext(): Promise<ActorContext> {
  const db = await testDb();
  const id = await fromDb(findUserIdByEmail({ db }, FIRST_ADMIN.email));
  if (!id) throw new Error("first-run setup has not created the first admin");
  return asUser({ id });
}
