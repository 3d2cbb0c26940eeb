"use server";

import { revalidatePath } from "next/cache";
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

const sessionPath = (sessionId: string) => `/sessions/${sessionId}`;

export const startSessionAction = defineAction({ schema: startSessionFormSchema }, (input, ctx) => startSession(ctx, input));

export const startTimerAction = defineAction({ schema: sessionRefSchema }, async (input, ctx) => {
  await startTimer(ctx, input.sessionId);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const stopTimerAction = defineAction({ schema: sessionRefSchema }, async (input, ctx) => {
  await stopTimer(ctx, input.sessionId);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const addSegmentAction = defineAction({ schema: segmentInputSchema }, async (input, ctx) => {
  await addSegment(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const updateSegmentAction = defineAction({ schema: updateSegmentSchema }, async (input, ctx) => {
  await updateSegment(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const deleteSegmentAction = defineAction({ schema: deleteSegmentSchema }, async (input, ctx) => {
  await deleteSegment(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

/** Autosave: no revalidation, the form already shows what it saved. */
export const saveDraftAction = defineAction({ schema: saveDraftSchema }, (input, ctx) => saveDraft(ctx, input));

/** What signing would commit (status, the day's lines), for the summary shown before signing. */
export const previewSignAction = defineAction({ schema: signSessionSchema }, (input, ctx) => previewSigning(ctx, input));

export const signSessionAction = defineAction({ schema: signSessionSchema }, async (input, ctx) => {
  const outcome = await signSession(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return outcome;
});

export const addAddendumAction = defineAction({ schema: addendumSchema }, async (input, ctx) => {
  const result = await addAddendum(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return result;
});
