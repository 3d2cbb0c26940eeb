"use server";

import { revalidatePath } from "next/cache";
import { addAddendum, saveDraft, signSession } from "@/db/notes";
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

export const startTimerAction = defineAction({ schema: sessionRefSchema }, (input, ctx) => {
  startTimer(ctx, input.sessionId);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const stopTimerAction = defineAction({ schema: sessionRefSchema }, (input, ctx) => {
  stopTimer(ctx, input.sessionId);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const addSegmentAction = defineAction({ schema: segmentInputSchema }, (input, ctx) => {
  addSegment(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const updateSegmentAction = defineAction({ schema: updateSegmentSchema }, (input, ctx) => {
  updateSegment(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

export const deleteSegmentAction = defineAction({ schema: deleteSegmentSchema }, (input, ctx) => {
  deleteSegment(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return null;
});

/** Autosave: no revalidation, the form already shows what it saved. */
export const saveDraftAction = defineAction({ schema: saveDraftSchema }, (input, ctx) => saveDraft(ctx, input));

export const signSessionAction = defineAction({ schema: signSessionSchema }, (input, ctx) => {
  const outcome = signSession(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return outcome;
});

export const addAddendumAction = defineAction({ schema: addendumSchema }, (input, ctx) => {
  const result = addAddendum(ctx, input);
  revalidatePath(sessionPath(input.sessionId));
  return result;
});
