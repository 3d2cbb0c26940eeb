import "server-only";
import path from "node:path";
import type { Db } from "./client";
import type { Actor, ActorContext, DbContext } from "./context";
import { seedDemoClients } from "./demo-clients";
import { assignDemoPayers, seedDemoMedicareVisits } from "./demo-payers";
import { seedDemoReviews } from "./demo-reviews";
import { completeSetup, isPracticeSetUp } from "./practice";
import { findActiveActor } from "./sign-in";
import { changeOwnPassword, createUser } from "./users";

export const DEMO_PASSWORD = "crisisnote-demo";
export const DEMO_DATABASE_NAME = "demo.db";
const DEMO_TIME_ZONE = "America/New_York";

type DemoUser = { email: string; name: string; role: Actor["role"]; credentials: string; supervisedBy?: string };

const DEMO_USERS: DemoUser[] = [
  { email: "supervisor@demo.test", name: "Sam Rivera", role: "supervisor", credentials: "LCSW-S" },
  { email: "therapist@demo.test", name: "Taylor Chen", role: "therapist", credentials: "LMSW", supervisedBy: "supervisor@demo.test" },
  { email: "therapist2@demo.test", name: "Jordan Okafor", role: "therapist", credentials: "LPC" },
];

/**
 * The demo practice, made through the app's own data layer (so it is audited like real use).
 * Refuses any database file but a demo one, so it can never write into a real practice.
 */
export async function seedDemoPractice(db: Db, file: string): Promise<"seeded" | "already-seeded"> {
  if (path.basename(file) !== DEMO_DATABASE_NAME) {
    throw new Error(`The demo seed only writes to a database named ${DEMO_DATABASE_NAME}, not ${file}.`);
  }
  if (await isPracticeSetUp({ db })) return "already-seeded";
  const system: DbContext = { db, actor: null, ip: null };
  const { adminId } = await completeSetup(system, {
    practiceName: "Riverside Counseling (demo)",
    timeZone: DEMO_TIME_ZONE,
    adminName: "Alex Morgan",
    adminEmail: "admin@demo.test",
    password: DEMO_PASSWORD,
    confirmPassword: DEMO_PASSWORD,
  });
  const admin = { db, actor: await findActiveActor({ db }, adminId), ip: null };
  const ids = new Map<string, string>();
  const clinicians = new Map<string, { ctx: ActorContext; clientIds: string[] }>();
  for (const user of DEMO_USERS) {
    const supervisorId = user.supervisedBy ? (ids.get(user.supervisedBy) ?? null) : null;
    const { userId, temporaryPassword } = await createUser(admin, {
      email: user.email,
      name: user.name,
      role: user.role,
      credentials: user.credentials,
      npi: null,
      supervisorId,
    });
    ids.set(user.email, userId);
    const asUser = { db, actor: await findActiveActor({ db }, userId), ip: null };
    await changeOwnPassword(asUser, { currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD });
    const actor = await findActiveActor({ db }, userId);
    if (actor) clinicians.set(user.email, { ctx: { db, actor, ip: null }, clientIds: await seedDemoClients({ db, actor, ip: null }, DEMO_TIME_ZONE) });
  }
  for (const { ctx, clientIds } of clinicians.values()) await assignDemoPayers(ctx, clientIds);
  const independent = clinicians.get("therapist2@demo.test");
  // Clients take the starter payers in turn: the second is on Medicare.
  const medicareClient = independent?.clientIds[1];
  if (independent && medicareClient) await seedDemoMedicareVisits(independent.ctx, medicareClient, DEMO_TIME_ZONE);
  const supervised = clinicians.get("therapist@demo.test");
  const supervisor = clinicians.get("supervisor@demo.test");
  if (supervised && supervisor) {
    await seedDemoReviews({ therapist: supervised.ctx, supervisor: supervisor.ctx, clientIds: supervised.clientIds, timeZone: DEMO_TIME_ZONE });
  }
  return "seeded";
}
