import { z } from "zod";
import { defineRoute } from "@/server/route";
import { serverClockMs } from "@/server/clock";

export const dynamic = "force-dynamic";

/** The server's clock, for the live timer to correct a device whose clock is off (signed-in only). */
export const GET = defineRoute({ query: z.object({}) }, () => Promise.resolve(Response.json({ now: serverClockMs() })));
