import "server-only";
import { z } from "zod";
import type { ActorContext } from "@/db/context";
import { AppError, isAppError } from "@/lib/errors";
import { requestContext } from "./context";
import { describeForLog } from "./log-error";

/**
 * The route-handler twin of defineAction: authenticate → validate the query with its zod schema →
 * call the data layer (which authorizes and audits) → a Response. Every refusal is a status with
 * a plain message (401, 403, 404, 400), never a 500 for bad input; input values never reach a log.
 */
export function defineRoute<S extends z.ZodType>(options: { query: S }, handler: (input: z.output<S>, ctx: ActorContext, request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const ctx = await requestContext();
      if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
      if (ctx.actor.mustChangePassword) throw new AppError("FORBIDDEN", "Change your temporary password first.");
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = options.query.safeParse(params);
      if (!parsed.success) {
        const { fieldErrors, formErrors } = z.flattenError(parsed.error);
        const first = [...formErrors, ...Object.values(fieldErrors as Record<string, string[]>).flat()][0] ?? "The request is not valid.";
        return Response.json({ error: first, fieldErrors }, { status: 400 });
      }
      return await handler(parsed.data, { ...ctx, actor: ctx.actor }, request);
    } catch (error) {
      if (isAppError(error)) return Response.json({ error: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) }, { status: error.status });
      console.error("Unexpected route failure:", describeForLog(error));
      return Response.json({ error: "Something went wrong. Please try again." }, { status: 500 });
    }
  };
}
