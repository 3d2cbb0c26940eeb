import type { MidnightPolicy, PayerInput, RuleSet } from "./payer";

/** A payer as the database stores it: every option explicit, lists as comma-separated text. */
export type StoredPayer = { ruleSet: RuleSet; videoModifier: string; audioOnlyModifier: string; nonOfficeCrisisSites: string; midnight: MidnightPolicy };

/** The engine's payer input from a stored payer ("" means no video modifier; sites split on commas). */
export function payerInputOf(payer: StoredPayer): PayerInput {
  return {
    ruleSet: payer.ruleSet,
    videoModifier: payer.videoModifier === "" ? null : payer.videoModifier,
    audioOnlyModifier: payer.audioOnlyModifier,
    nonOfficeCrisisSites: payer.nonOfficeCrisisSites.split(",").filter(Boolean),
    midnight: payer.midnight,
  };
}

/** The form's starting values for a rule set, from the engine's defaults (BILLING-RULES §8). */
export function storedDefaults(defaults: { videoModifier: string | null; audioOnlyModifier: string; nonOfficeCrisisSites: readonly string[]; midnight: MidnightPolicy }): Omit<StoredPayer, "ruleSet"> {
  return {
    videoModifier: defaults.videoModifier ?? "",
    audioOnlyModifier: defaults.audioOnlyModifier,
    nonOfficeCrisisSites: defaults.nonOfficeCrisisSites.join(","),
    midnight: defaults.midnight,
  };
}
