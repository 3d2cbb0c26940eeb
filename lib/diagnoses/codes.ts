// A curated list of ICD-10-CM codes used in behavioural-health crisis work: diagnoses from
// chapter 5, the risk symptoms of chapter 18, the suicide-attempt injury code of chapter 19 and
// the history and psychosocial Z codes of chapter 21. Titles are Crisisnote's own short wording;
// the code set defines the codes. Every code here was checked, with its meaning, against the
// CMS ICD-10-CM FY2027 code list (in effect from 1 October 2026) and is billable at full
// specificity; none of them changed between FY2026 and FY2027. When unsure, a code was left out.
// Codes outside the list are still accepted after the format check in format.ts.

export const ICD10CM_EDITION = "FY2027";

export const ICD10CM_CHAPTERS = {
  5: "Mental, behavioral and neurodevelopmental disorders (F01–F99)",
  18: "Symptoms, signs and abnormal findings, not elsewhere classified (R00–R99)",
  19: "Injury, poisoning and other consequences of external causes (S00–T88)",
  21: "Factors influencing health status and contact with health services (Z00–Z99)",
} as const;
export type Icd10CmChapter = keyof typeof ICD10CM_CHAPTERS;

/** Groups of the curated list, in display order; a group sits within one chapter. */
export const DIAGNOSIS_GROUPS = {
  mood: "Mood disorders",
  "anxiety-trauma": "Anxiety, trauma and stress-related disorders",
  psychotic: "Schizophrenia and other psychotic disorders",
  neurocognitive: "Delirium, dementia and disorders due to a physiological condition",
  substance: "Substance use, intoxication and withdrawal",
  "personality-impulse": "Personality and impulse-control disorders",
  eating: "Eating disorders",
  neurodevelopmental: "Neurodevelopmental and childhood-onset disorders",
  "risk-symptoms": "Risk and emotional-state symptoms",
  "suicide-attempt": "Suicide attempt",
  history: "Personal history of self-harm and trauma",
  psychosocial: "Psychosocial and economic circumstances",
} as const;
export type DiagnosisGroup = keyof typeof DIAGNOSIS_GROUPS;

export type DiagnosisEntry = {
  /** Canonical form: upper case, dot after the third character (F32.1, T14.91XA, F29). */
  code: string;
  /** Crisisnote's own short wording. */
  title: string;
  chapter: Icd10CmChapter;
  group: DiagnosisGroup;
  /** Where the code is defined, e.g. "ICD-10-CM FY2027 tabular, chapter 5". */
  source: string;
};

const sourceOf = (chapter: Icd10CmChapter): string => `ICD-10-CM ${ICD10CM_EDITION} tabular, chapter ${chapter}`;

type Row = readonly [code: string, title: string];

function rows(chapter: Icd10CmChapter, group: DiagnosisGroup, list: readonly Row[]): DiagnosisEntry[] {
  return list.map(([code, title]) => ({ code, title, chapter, group, source: sourceOf(chapter) }));
}

const MOOD: readonly Row[] = [
  ["F31.0", "Bipolar disorder, current episode hypomanic"],
  ["F31.10", "Bipolar disorder, current episode manic without psychosis, severity unspecified"],
  ["F31.13", "Bipolar disorder, current episode manic, severe, without psychosis"],
  ["F31.2", "Bipolar disorder, current episode manic, severe, with psychotic features"],
  ["F31.30", "Bipolar disorder, current episode depressed, mild or moderate, unspecified"],
  ["F31.4", "Bipolar disorder, current episode depressed, severe, without psychosis"],
  ["F31.5", "Bipolar disorder, current episode depressed, severe, with psychotic features"],
  ["F31.60", "Bipolar disorder, current episode mixed, severity unspecified"],
  ["F31.63", "Bipolar disorder, current episode mixed, severe, without psychosis"],
  ["F31.64", "Bipolar disorder, current episode mixed, severe, with psychotic features"],
  ["F31.81", "Bipolar II disorder"],
  ["F31.9", "Bipolar disorder, unspecified"],
  ["F32.0", "Major depressive disorder (MDD), single episode, mild"],
  ["F32.1", "Major depressive disorder (MDD), single episode, moderate"],
  ["F32.2", "Major depressive disorder (MDD), single episode, severe, without psychosis"],
  ["F32.3", "Major depressive disorder (MDD), single episode, severe, with psychotic features"],
  ["F32.4", "Major depressive disorder (MDD), single episode, in partial remission"],
  ["F32.5", "Major depressive disorder (MDD), single episode, in full remission"],
  ["F32.9", "Major depressive disorder (MDD), single episode, unspecified"],
  ["F32.A", "Depression, unspecified"],
  ["F33.0", "Major depressive disorder (MDD), recurrent, mild"],
  ["F33.1", "Major depressive disorder (MDD), recurrent, moderate"],
  ["F33.2", "Major depressive disorder (MDD), recurrent, severe, without psychosis"],
  ["F33.3", "Major depressive disorder (MDD), recurrent, severe, with psychotic features"],
  ["F33.41", "Major depressive disorder (MDD), recurrent, in partial remission"],
  ["F33.42", "Major depressive disorder (MDD), recurrent, in full remission"],
  ["F33.9", "Major depressive disorder (MDD), recurrent, unspecified"],
  ["F34.1", "Dysthymia (persistent depressive disorder)"],
  ["F34.81", "Disruptive mood dysregulation disorder (DMDD)"],
  ["F39", "Mood disorder, unspecified"],
  ["F53.0", "Postpartum depression"],
];

const ANXIETY_TRAUMA: readonly Row[] = [
  ["F41.0", "Panic disorder"],
  ["F41.1", "Generalized anxiety disorder (GAD)"],
  ["F41.9", "Anxiety disorder, unspecified"],
  ["F43.0", "Acute stress reaction"],
  ["F43.10", "Post-traumatic stress disorder (PTSD), unspecified"],
  ["F43.11", "Post-traumatic stress disorder (PTSD), acute"],
  ["F43.12", "Post-traumatic stress disorder (PTSD), chronic"],
  ["F43.20", "Adjustment disorder, unspecified"],
  ["F43.21", "Adjustment disorder with depressed mood"],
  ["F43.22", "Adjustment disorder with anxiety"],
  ["F43.23", "Adjustment disorder with mixed anxiety and depressed mood"],
  ["F43.24", "Adjustment disorder with disturbance of conduct"],
  ["F43.25", "Adjustment disorder with mixed disturbance of emotions and conduct"],
  ["F43.29", "Adjustment disorder with other symptoms"],
  ["F43.81", "Prolonged grief disorder"],
  ["F43.89", "Other reaction to severe stress"],
  ["F43.9", "Reaction to severe stress, unspecified"],
  ["F44.9", "Dissociative or conversion disorder, unspecified"],
];

const PSYCHOTIC: readonly Row[] = [
  ["F20.0", "Schizophrenia, paranoid"],
  ["F20.81", "Schizophreniform disorder"],
  ["F20.9", "Schizophrenia, unspecified"],
  ["F22", "Delusional disorder"],
  ["F23", "Brief psychotic disorder"],
  ["F25.0", "Schizoaffective disorder, bipolar type"],
  ["F25.1", "Schizoaffective disorder, depressive type"],
  ["F25.9", "Schizoaffective disorder, unspecified"],
  ["F28", "Other psychotic disorder, not due to a substance or a physiological condition"],
  ["F29", "Psychosis, unspecified, not due to a substance or a physiological condition"],
  ["F53.1", "Puerperal (postpartum) psychosis"],
];

const NEUROCOGNITIVE: readonly Row[] = [
  ["F03.911", "Dementia, unspecified, severity unspecified, with agitation"],
  ["F05", "Delirium due to a known physiological condition"],
  ["F06.2", "Psychotic disorder with delusions due to a known physiological condition"],
];

const SUBSTANCE: readonly Row[] = [
  ["F10.10", "Alcohol abuse, uncomplicated"],
  ["F10.120", "Alcohol abuse with intoxication, uncomplicated"],
  ["F10.20", "Alcohol dependence, uncomplicated"],
  ["F10.220", "Alcohol dependence with intoxication, uncomplicated"],
  ["F10.230", "Alcohol dependence with withdrawal, uncomplicated"],
  ["F10.231", "Alcohol dependence with withdrawal delirium"],
  ["F10.239", "Alcohol dependence with withdrawal, unspecified"],
  ["F10.920", "Alcohol use, unspecified, with intoxication, uncomplicated"],
  ["F11.10", "Opioid abuse, uncomplicated"],
  ["F11.20", "Opioid dependence, uncomplicated"],
  ["F11.220", "Opioid dependence with intoxication, uncomplicated"],
  ["F11.23", "Opioid dependence with withdrawal"],
  ["F11.90", "Opioid use, unspecified, uncomplicated"],
  ["F12.10", "Cannabis abuse, uncomplicated"],
  ["F12.20", "Cannabis dependence, uncomplicated"],
  ["F12.90", "Cannabis use, unspecified, uncomplicated"],
  ["F12.959", "Cannabis use, unspecified, with psychotic disorder, unspecified"],
  ["F13.10", "Sedative, hypnotic or anxiolytic abuse, uncomplicated"],
  ["F13.20", "Sedative, hypnotic or anxiolytic dependence, uncomplicated"],
  ["F14.10", "Cocaine abuse, uncomplicated"],
  ["F14.120", "Cocaine abuse with intoxication, uncomplicated"],
  ["F14.20", "Cocaine dependence, uncomplicated"],
  ["F14.220", "Cocaine dependence with intoxication, uncomplicated"],
  ["F15.10", "Other stimulant abuse (e.g. methamphetamine), uncomplicated"],
  ["F15.20", "Other stimulant dependence (e.g. methamphetamine), uncomplicated"],
  ["F15.259", "Other stimulant dependence with stimulant-induced psychotic disorder, unspecified"],
  ["F15.90", "Other stimulant use (e.g. methamphetamine), unspecified, uncomplicated"],
  ["F19.10", "Other psychoactive substance abuse, uncomplicated"],
  ["F19.20", "Other psychoactive substance dependence, uncomplicated"],
  ["F19.90", "Other psychoactive substance use, unspecified, uncomplicated"],
];

const PERSONALITY_IMPULSE: readonly Row[] = [
  ["F60.2", "Antisocial personality disorder"],
  ["F60.3", "Borderline personality disorder (BPD)"],
  ["F60.9", "Personality disorder, unspecified"],
  ["F63.81", "Intermittent explosive disorder"],
];

const EATING: readonly Row[] = [
  ["F50.00", "Anorexia nervosa, unspecified"],
  ["F50.019", "Anorexia nervosa, restricting type, severity unspecified"],
  ["F50.029", "Anorexia nervosa, binge-eating/purging type, severity unspecified"],
  ["F50.20", "Bulimia nervosa, severity unspecified"],
  ["F50.819", "Binge-eating disorder, severity unspecified"],
  ["F50.82", "Avoidant/restrictive food intake disorder (ARFID)"],
  ["F50.9", "Eating disorder, unspecified"],
];

const NEURODEVELOPMENTAL: readonly Row[] = [
  ["F84.0", "Autism (autistic disorder)"],
  ["F90.0", "Attention-deficit/hyperactivity disorder (ADHD), predominantly inattentive"],
  ["F90.1", "Attention-deficit/hyperactivity disorder (ADHD), predominantly hyperactive"],
  ["F90.2", "Attention-deficit/hyperactivity disorder (ADHD), combined type"],
  ["F90.9", "Attention-deficit/hyperactivity disorder (ADHD), type unspecified"],
  ["F91.3", "Oppositional defiant disorder (ODD)"],
  ["F91.9", "Conduct disorder, unspecified"],
  ["F93.0", "Separation anxiety disorder of childhood"],
];

const RISK_SYMPTOMS: readonly Row[] = [
  ["R41.82", "Altered mental status, unspecified"],
  ["R44.0", "Auditory hallucinations"],
  ["R44.3", "Hallucinations, unspecified"],
  ["R45.1", "Restlessness and agitation"],
  ["R45.4", "Irritability and anger"],
  ["R45.6", "Violent behavior"],
  ["R45.7", "Emotional shock and stress, unspecified"],
  ["R45.850", "Homicidal ideation (thoughts of killing someone)"],
  ["R45.851", "Suicidal ideation (thoughts of suicide)"],
  ["R45.86", "Emotional lability"],
  ["R45.87", "Impulsiveness"],
  ["R45.88", "Nonsuicidal self-harm (self-injury without suicidal intent)"],
];

const SUICIDE_ATTEMPT: readonly Row[] = [
  ["T14.91XA", "Suicide attempt, initial encounter"],
  ["T14.91XD", "Suicide attempt, subsequent encounter"],
];

const HISTORY: readonly Row[] = [
  ["Z62.810", "Personal history of physical or sexual abuse in childhood"],
  ["Z91.410", "Personal history of physical or sexual abuse as an adult"],
  ["Z91.49", "Other personal history of psychological trauma"],
  ["Z91.51", "Personal history of suicidal behavior (past suicide attempt)"],
  ["Z91.52", "Personal history of nonsuicidal self-harm"],
];

const PSYCHOSOCIAL: readonly Row[] = [
  ["Z56.0", "Unemployment, unspecified"],
  ["Z59.00", "Homelessness, unspecified"],
  ["Z59.01", "Sheltered homelessness"],
  ["Z59.02", "Unsheltered homelessness"],
  ["Z59.41", "Food insecurity"],
  ["Z59.6", "Low income"],
  ["Z59.811", "Housing instability, housed, at risk of homelessness"],
  ["Z60.2", "Living alone"],
  ["Z60.4", "Social exclusion and rejection"],
  ["Z62.820", "Conflict between parent and biological child"],
  ["Z63.0", "Problems in the relationship with a spouse or partner"],
  ["Z63.4", "Death or disappearance of a family member (bereavement)"],
  ["Z63.5", "Family disrupted by separation or divorce"],
  ["Z63.72", "Alcohol or drug addiction in the family"],
  ["Z65.1", "Imprisonment or other incarceration"],
  ["Z65.3", "Problems related to other legal circumstances"],
  ["Z65.4", "Victim of crime or terrorism"],
  ["Z65.5", "Exposure to disaster, war or other hostilities"],
  ["Z65.8", "Other specified psychosocial problems"],
];

/** The curated list in ICD-10-CM code order. */
export const DIAGNOSES: readonly DiagnosisEntry[] = Object.freeze(
  [
    ...rows(5, "mood", MOOD),
    ...rows(5, "anxiety-trauma", ANXIETY_TRAUMA),
    ...rows(5, "psychotic", PSYCHOTIC),
    ...rows(5, "neurocognitive", NEUROCOGNITIVE),
    ...rows(5, "substance", SUBSTANCE),
    ...rows(5, "personality-impulse", PERSONALITY_IMPULSE),
    ...rows(5, "eating", EATING),
    ...rows(5, "neurodevelopmental", NEURODEVELOPMENTAL),
    ...rows(18, "risk-symptoms", RISK_SYMPTOMS),
    ...rows(19, "suicide-attempt", SUICIDE_ATTEMPT),
    ...rows(21, "history", HISTORY),
    ...rows(21, "psychosocial", PSYCHOSOCIAL),
  ]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((entry) => Object.freeze(entry)),
);
