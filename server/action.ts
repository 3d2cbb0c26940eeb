import "server-only";
import { z } from "zod";
import type { ActorContext, DbContext } from "@/db/context";
import { AppError, isAppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/action-result";
import { requestContext } from "./context";
import { describeForLog } from "./log-error";

type Access = "signed-in" | "signed-in-pending-password" | "public";

type ContextFor<A extends Access> = A extends "public" ? DbContext : ActorContext;

/**
 * The one shape of a server action: authenticate → validate with the form's own zod schema →
 * call the data layer (which authorizes and audits) → typed result. Unknown errors become a
 * generic message; their details stay in the server log without input values.
 */
export function defineAction<S extends z.ZodType, T, A extends Access = "signed-in">(
  options: { schema: S; access?: A },
  handler: (input: z.output<S>, ctx: ContextFor<A>) => Promise<T> | T,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  const access: Access = options.access ?? "signed-in";
  return async (input) => {
    try {
      const ctx = await requestContext();
      if (access !== "public") {
        if (!ctx.actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
        if (ctx.actor.mustChangePassword && access !== "signed-in-pending-password") {
          throw new AppError("FORBIDDEN", "Change your temporary password first.");
        }
      }
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        const { fieldErrors } = z.flattenError(parsed.error);
        return {
          ok: false,
          code: "VALIDATION",
          message: "Some fields need attention.",
          fieldErrors: fieldErrors as Record<string, string[]>,
        };
      }
      const data = await handler(parsed.data, ctx as ContextFor<A>);
      return { ok: true, data };
    } catch (error) {
      return toFailure(error);
    }
  };
}

export function toFailure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (isAppError(error)) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    };
  }
  // Next's redirect()/notFound() signal by throwing; they must keep propagating.
  if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) {
    throw error;
  }
  // Never input values (possibly PHI): see describeForLog.
  console.error("Unexpected server action failure:", describeForLog(error));
  return { ok: false, code: "INTERNAL", message: "Something went wrong and nothing was saved. Please try again." };
}
