"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHydrated } from "@/components/forms/use-hydrated";
import { FormProvider, useForm } from "react-hook-form";
import type { SessionView } from "@/db/sessions";
import type { SafetyPlanStep } from "@/lib/guidance";
import type { GuidancePanel } from "@/lib/notes/guidance-panel";
import { type NoteFormValues, noteFormSchema } from "@/lib/validation/session";
import { CodingSection } from "./coding-section";
import { ContactSection } from "./contact-section";
import { CssrsSection } from "./cssrs-section";
import { DispositionSection } from "./disposition-section";
import { ChecklistLink, GuidanceAside } from "./guidance-aside";
import { InterventionsSection } from "./interventions-section";
import { MseSection } from "./mse-section";
import { PresentationSection } from "./presentation-section";
import { RiskSection } from "./risk-section";
import { SafetyPlanSection } from "./safety-plan-section";
import { SaveStatus } from "./save-status";
import { SignPanel } from "./sign-panel";
import { useAutosave } from "./use-autosave";

type Props = { session: SessionView; panel: GuidancePanel; steps: SafetyPlanStep[] };

/** The crisis note form beside its guidance: one react-hook-form over the autosave schema. */
export function NoteForm({ session, panel, steps }: Props) {
  const form = useForm<NoteFormValues>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { meta: session.meta, timesAttested: session.timesAttested, note: session.note },
  });
  const { state: saveState, saver } = useAutosave({ form, sessionId: session.id, version: session.version, timeZone: session.timeZone });
  const hydrated = useHydrated();
  const context = { credentials: session.clinician.credentials, segments: session.segments, dateOfService: session.dateOfService };

  return (
    <FormProvider {...form}>
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
            <SaveStatus state={saveState}>
              <ChecklistLink total={panel.checklist.length} context={context} />
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
            <SignPanel
              sessionId={session.id}
              supervised={session.clinician.supervised}
              timeZone={session.timeZone}
              context={context}
              autosave={saver}
            />
          </fieldset>
        </form>
        <GuidanceAside panel={panel} context={context} />
      </div>
    </FormProvider>
  );
}
