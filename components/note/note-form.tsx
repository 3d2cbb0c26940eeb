"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { retryImport } from "@/components/connection/retry-import";
import { lazyZodResolver, preloadWhenIdle } from "@/components/forms/lazy-zod-resolver";
import { useHydrated } from "@/components/forms/use-hydrated";
import type { SessionView } from "@/db/sessions";
import type { SafetyPlanStep } from "@/lib/guidance";
import type { GuidancePanel } from "@/lib/notes/guidance-panel";
import type { NoteFormValues } from "@/lib/validation/session";
import { CodingSection } from "./coding-section";
import { ContactSection } from "./contact-section";
import { CssrsSection } from "./cssrs-section";
import { DispositionSection } from "./disposition-section";
import { ChecklistLink } from "./checklist-link";
import { InterventionsSection } from "./interventions-section";
import { publishBillingInputs } from "./live-note-inputs";
import { MseSection } from "./mse-section";
import { NoteProgressContext, NoteProgressStore } from "./note-progress";
import { NoteSection } from "./note-section";
import { PresentationSection } from "./presentation-section";
import { RiskSection } from "./risk-section";
import { SaveStatus } from "./save-status";
import { SignPanel } from "./sign-panel";
import { useAutosave } from "./use-autosave";

// Loaded once the form is usable: neither is needed to start typing. The aside holds the
// checklist (also one tap away in the save bar); the safety plan is the template's seven steps.
const GuidanceAside = dynamic(() => retryImport(() => import("./guidance-aside")).then((m) => m.GuidanceAside), {
  ssr: false,
  loading: () => <div className="min-h-40 rounded-lg border border-slate-300 bg-white p-4 shadow-sm" />,
});
const SafetyPlanSection = dynamic(() => retryImport(() => import("./safety-plan-section")).then((m) => m.SafetyPlanSection), {
  ssr: false,
  loading: () => (
    <NoteSection section="safetyPlan">
      <p className="text-slate-700">Loading the safety plan…</p>
    </NoteSection>
  ),
});

// The same schema the server parses with, loaded after the page: the server validates anyway,
// and the form only checks before an autosave.
const noteResolver = lazyZodResolver<NoteFormValues, NoteFormValues>(() => import("@/lib/validation/session").then((m) => m.noteFormSchema));

type Props = { session: SessionView; panel: GuidancePanel; steps: SafetyPlanStep[]; minutes: number | null };

/**
 * The crisis note form beside its guidance: one react-hook-form over the autosave schema. Typing
 * re-renders the field and the save status only: the autosave's state and the checklist's
 * progress live in stores their few readers subscribe to, and the sections watch their own fields.
 */
export function NoteForm({ session, panel, steps, minutes }: Props) {
  const form = useForm<NoteFormValues>({
    resolver: noteResolver,
    defaultValues: { meta: session.meta, timesAttested: session.timesAttested, note: session.note },
  });
  const { status, saver } = useAutosave({ form, sessionId: session.id, version: session.version, timeZone: session.timeZone });
  const hydrated = useHydrated();
  const context = useMemo(
    () => ({ credentials: session.clinician.credentials, segments: session.segments, dateOfService: session.dateOfService }),
    [session.clinician.credentials, session.segments, session.dateOfService],
  );
  const [progress] = useState(() => new NoteProgressStore(() => form.getValues(), context));
  // New segments (the timer, an edited time) arrive with a refresh of the page.
  useEffect(() => progress.update(context), [progress, context]);
  useEffect(() => {
    const publish = () => publishBillingInputs(session.id, form.getValues());
    publish();
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        progress.update();
        publish();
      },
    });
    return unsubscribe;
  }, [form, progress, session.id]);
  useEffect(() => preloadWhenIdle(noteResolver), []);

  return (
    <FormProvider {...form}>
      <NoteProgressContext value={progress}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
          <form
            aria-label="Crisis note"
            method="post"
            noValidate
            onSubmit={(event) => event.preventDefault()}
            onBlur={() => void saver.flush()}
            className="min-w-0"
          >
            {/* Nothing typed may be lost: the fields open only once the form can keep what is typed. */}
            <fieldset disabled={!hydrated} className="min-w-0 space-y-6">
              <SaveStatus store={status}>
                <ChecklistLink total={panel.checklist.length} />
              </SaveStatus>
              <ContactSection />
              <PresentationSection />
              <CssrsSection />
              <RiskSection />
              <MseSection />
              <InterventionsSection />
              <DispositionSection />
              <SafetyPlanSection steps={steps} />
              <CodingSection />
              <SignPanel sessionId={session.id} supervised={session.clinician.supervised} timeZone={session.timeZone} context={context} minutes={minutes} autosave={saver} />
            </fieldset>
          </form>
          <GuidanceAside panel={panel} />
        </div>
      </NoteProgressContext>
    </FormProvider>
  );
}
