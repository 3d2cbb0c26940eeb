import { z } from "./zod";

/** Ending one of the user's own sign-ins, by its id (the data layer checks it is theirs). */
export const endSignInSchema = z.object({ signInId: z.string().min(1, "Missing sign-in.").max(64, "Invalid sign-in.") });

export const noInputSchema = z.object({});
