"use server";

import { addAddendum, previewSigning, saveDraft, signSession } from "@/db/notes";
import { addSegment, deleteSegment, startTimer, stopTimer, updateSegment } from "@/db/segments";
import { startSession } from "@/db/sessions";
import { defineAction } from "@/server/action";
import {
  addendumSchema,
  deleteSegmentSchema,
  saveDraftSchema,
  segmentInputSchema,
  sessionRefSchema,
  signSessionSchema,
  startSessionFormSchema,
  updateSegmentSchema,
} from "@/lib/validation/session";

/*
 * None of these revalidates the note page: a revalidation renders the whole page (and reads the
 * note again, an audited view) into every action's response. Each returns what its caller needs,
 * and the caller refreshes the page once, after it has applied the result.
 */

export const startSessionAction = defineAction({ schema: startSessionFormSchema }, (input, ctx) => startSession(ctx, input));

export const startTimerAction = defineAction({ schema: sessionRefSchema }, async (input, ctx) => {
  await startTimer(ctx, input.sessionId);
  return null;
});

export const stopTimerAction = defineAction({ schema: sessionRefSchema }, async (input, ctx) => {
  await stopTimer(ctx, input.sessionId);
  return null;
});

export const addSegmentAction = defineAction({ schema: segmentInputSchema }, async (input, ctx) => {
  await addSegment(ctx, input);
  return null;
});

export const updateSegmentAction = defineAction({ schema: updateSegmentSchema }, async (input, ctx) => {
  await updateSegment(ctx, input);
  return null;
});

export const deleteSegmentAction = defineAction({ schema: deleteSegmentSchema }, async (input, ctx) => {
  await deleteSegment(ctx, input);
  return null;
});

/** Autosave: no revalidation, the form already shows what it saved. */
export const saveDraftAction = defineAction({ schema: saveDraftSchema }, (input, ctx) => saveDraft(ctx, input));

/** What signing would commit (status, the day's lines), for the summary shown before signing. */
export const previewSignAction = defineAction({ schema: signSessionSchema }, (input, ctx) => previewSigning(ctx, input));

/** The outcome (status, the day's lines): one audit row, `note.signed`. */
export const signSessionAction = defineAction({ schema: signSessionSchema }, (input, ctx) => signSession(ctx, input));

export const addAddendumAction = defineAction({ schema: addendumSchema }, (input, ctx) => addAddendum(ctx, input));
