import { BillingInputError } from "./errors";

/**
 * BILLING-RULES §8: the rule sets a payer can follow. `cpt` is §1–§4 as most commercial payers
 * apply them; `medicare` is CMS's variant (G-codes at non-office sites, no video modifier,
 * audio-only only to a client at home).
 */
export const RULE_SETS = ["cpt", "medicare"] as const;
export type RuleSet = (typeof RULE_SETS)[number];

/** How each rule set is named on screen. */
export const RULE_SET_LABELS: Readonly<Record<RuleSet, string>> = {
  cpt: "CPT (most commercial payers)",
  medicare: "Medicare",
};

/**
 * BILLING-RULES §8: rule sets that pay audio-only mental health telehealth only to a client at
 * home (Medicare), and so warn AUDIO_ONLY_NOT_HOME otherwise. A fact of the rule set, not a
 * payer option.
 */
export const AUDIO_ONLY_ONLY_AT_HOME: Readonly<Record<RuleSet, boolean>> = { cpt: false, medicare: true };

/**
 * What happens to time after local midnight (BILLING-RULES §1, §8):
 * - `split`: only time on the date of service counts; the rest is left out (CROSSES_MIDNIGHT).
 * - `start_date`: a segment that began on the date of service counts in full on that date, as
 *   some payers bill a continuous service on the date it began.
 */
export const MIDNIGHT_POLICIES = ["split", "start_date"] as const;
export type MidnightPolicy = (typeof MIDNIGHT_POLICIES)[number];

/** How each midnight policy is named on screen. */
export const MIDNIGHT_POLICY_LABELS: Readonly<Record<MidnightPolicy, string>> = {
  split: "Count only the time on the date of service",
  start_date: "Bill continuous time on the date it began",
};

/** A payer's rules with every option resolved: what a bill is computed under, and what is stored with it. */
export type PayerRules = {
  ruleSet: RuleSet;
  /** Modifier on video lines; `null` when the place of service (02/10) alone marks telehealth. */
  videoModifier: string | null;
  /** Modifier on audio-only lines: 93, or FQ for a federally qualified or rural health clinic. */
  audioOnlyModifier: string;
  /**
   * In-person places of service billed with G0017/G0018 instead of 90839/90840: the sites that
   * get the non-facility rate other than the office. Empty means never.
   */
  nonOfficeCrisisSites: readonly string[];
  midnight: MidnightPolicy;
};

/** A payer as callers give it: the rule set, and any option that differs from its defaults. */
export type PayerInput = { ruleSet: RuleSet } & Partial<Omit<PayerRules, "ruleSet">>;

/** BILLING-RULES §3 and §8, CPT column: what most commercial payers follow. */
export const CPT_PAYER_RULES: PayerRules = Object.freeze({
  ruleSet: "cpt",
  videoModifier: "95",
  audioOnlyModifier: "93",
  nonOfficeCrisisSites: Object.freeze([]),
  midnight: "split",
});

/**
 * BILLING-RULES §8, Medicare column. The site list follows CMS's wording ("any place of service
 * at which the non-facility rate applies, other than the office"); CMS publishes no list, so it
 * is an editable default to confirm with the Medicare administrative contractor:
 * 03 school, 04 homeless shelter, 12 home, 13 assisted living facility, 14 group home,
 * 15 mobile unit, 16 temporary lodging, 27 outreach site / street.
 */
export const MEDICARE_PAYER_RULES: PayerRules = Object.freeze({
  ruleSet: "medicare",
  videoModifier: null,
  audioOnlyModifier: "93",
  nonOfficeCrisisSites: Object.freeze(["03", "04", "12", "13", "14", "15", "16", "27"]),
  midnight: "split",
});

/** The defaults of each rule set, e.g. for an admin screen that shows what an override replaces. */
export const PAYER_RULE_DEFAULTS: Readonly<Record<RuleSet, PayerRules>> = Object.freeze({
  cpt: CPT_PAYER_RULES,
  medicare: MEDICARE_PAYER_RULES,
});

/** A CMS modifier is two letters or digits (95, 93, FQ). */
const MODIFIER = /^[A-Z0-9]{2}$/;
/** A CMS place-of-service code is two digits. */
const PLACE_OF_SERVICE = /^\d{2}$/;
const OFFICE = "11";

function invalid(message: string): BillingInputError {
  return new BillingInputError("INVALID_PAYER", message);
}

function readRuleSet(value: unknown): RuleSet {
  const found = RULE_SETS.find((ruleSet) => ruleSet === value);
  if (found !== undefined) return found;
  throw invalid(`The payer rule set ${JSON.stringify(value)} is not one of: ${RULE_SETS.join(", ")}.`);
}

function readModifier(value: unknown, what: string): string {
  const code = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (MODIFIER.test(code)) return code;
  throw invalid(`The ${what} ${JSON.stringify(value)} is not a two-character modifier such as 95, 93 or FQ.`);
}

/** `null` is a setting of its own: video lines carry no modifier. */
function readVideoModifier(value: unknown): string | null {
  return value === null ? null : readModifier(value, "video modifier");
}

function readSites(value: unknown): readonly string[] {
  if (!Array.isArray(value)) {
    throw invalid("The non-office crisis sites must be a list of place-of-service codes.");
  }
  const sites = new Set<string>();
  for (const raw of value as unknown[]) {
    const code = typeof raw === "string" ? raw.trim() : "";
    if (!PLACE_OF_SERVICE.test(code)) {
      throw invalid(`The non-office crisis site ${JSON.stringify(raw)} is not a two-digit place-of-service code.`);
    }
    // CMS excludes the office by definition: G0017/G0018 there would be denied.
    if (code === OFFICE) throw invalid("The office (11) cannot be a non-office crisis site.");
    sites.add(code);
  }
  return Object.freeze([...sites]);
}

function readMidnight(value: unknown): MidnightPolicy {
  const found = MIDNIGHT_POLICIES.find((policy) => policy === value);
  if (found !== undefined) return found;
  throw invalid(`The midnight policy ${JSON.stringify(value)} is not one of: ${MIDNIGHT_POLICIES.join(", ")}.`);
}

/**
 * BILLING-RULES §8: a payer's full rules — its rule set's defaults, with each option the payer
 * gives replacing that default alone. Options are checked (payer settings are typed by an
 * admin) and normalised: modifiers upper-cased, sites trimmed and listed once. An option that is
 * `undefined` keeps the default; `videoModifier: null` means no video modifier.
 * Throws `BillingInputError` ("INVALID_PAYER") for a setting the engine cannot apply.
 */
export function payerRules(payer: PayerInput): PayerRules {
  if (typeof payer !== "object" || payer === null) {
    throw invalid("The payer must be given as its rule set and options.");
  }
  const defaults = PAYER_RULE_DEFAULTS[readRuleSet(payer.ruleSet)];
  const { videoModifier, audioOnlyModifier, nonOfficeCrisisSites, midnight } = payer;
  return Object.freeze({
    ruleSet: defaults.ruleSet,
    videoModifier: videoModifier === undefined ? defaults.videoModifier : readVideoModifier(videoModifier),
    audioOnlyModifier:
      audioOnlyModifier === undefined ? defaults.audioOnlyModifier : readModifier(audioOnlyModifier, "audio-only modifier"),
    nonOfficeCrisisSites:
      nonOfficeCrisisSites === undefined ? defaults.nonOfficeCrisisSites : readSites(nonOfficeCrisisSites),
    midnight: midnight === undefined ? defaults.midnight : readMidnight(midnight),
  });
}
