/** How the clinician and client met (BILLING-RULES §3): one list and one set of labels for every screen. */
export const MODALITIES = ["in_person", "video", "audio_only"] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_LABELS: Record<Modality, string> = {
  in_person: "In person",
  video: "Video",
  audio_only: "Audio only (phone)",
};

/** The modalities in order, labelled: the options of every modality question. */
export const MODALITY_OPTIONS: readonly { value: Modality; label: string }[] = MODALITIES.map((value) => ({ value, label: MODALITY_LABELS[value] }));
