import type { AppErrorCode, FieldErrors } from "@/lib/errors";

/** What every server action returns: forms show `message` and put `fieldErrors` on their fields. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: FieldErrors };
