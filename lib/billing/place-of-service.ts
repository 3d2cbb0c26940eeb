import { BillingInputError } from "./errors";
import { MODALITIES, type Modality } from "./modalities";

/**
 * BILLING-RULES §3: in-person settings a crisis contact can happen in; 04, 13, 14 and 16 are the
 * other non-office sites in Medicare's G0017/G0018 list (§8), where mobile crisis teams go too.
 */
export const IN_PERSON_PLACES_OF_SERVICE = {
  "11": "Office",
  "12": "Home",
  "23": "Emergency room",
  "53": "Community mental health center",
  "15": "Mobile unit",
  "27": "Outreach site / street",
  "03": "School",
  "04": "Homeless shelter",
  "13": "Assisted living facility",
  "14": "Group home",
  "16": "Temporary lodging",
  "99": "Other",
} as const;

export type InPersonPlaceOfService = keyof typeof IN_PERSON_PLACES_OF_SERVICE;

/** The codes in the contract's order (object keys would put "03" last). */
const IN_PERSON_CODES = [
  "11",
  "12",
  "23",
  "53",
  "15",
  "27",
  "03",
  "04",
  "13",
  "14",
  "16",
  "99",
] as const satisfies readonly InPersonPlaceOfService[];

/** The in-person settings in the contract's order, with their names: what every picker lists. */
export const IN_PERSON_PLACE_OPTIONS: readonly { code: InPersonPlaceOfService; label: string }[] = IN_PERSON_CODES.map((code) => ({
  code,
  label: IN_PERSON_PLACES_OF_SERVICE[code],
}));

/** BILLING-RULES §3: telehealth POS depends only on where the client is. */
export const TELEHEALTH_PLACES_OF_SERVICE = {
  "10": "Telehealth, client at home",
  "02": "Telehealth, client not at home",
} as const;
type TelehealthPlaceOfService = keyof typeof TELEHEALTH_PLACES_OF_SERVICE;

const DEFAULT_IN_PERSON_POS: InPersonPlaceOfService = "11";
const TELEHEALTH_POS_HOME: TelehealthPlaceOfService = "10";
const TELEHEALTH_POS_ELSEWHERE: TelehealthPlaceOfService = "02";
/** The modifier each telehealth modality's lines carry; `null` for none (BILLING-RULES §8). */
export type TelehealthModifiers = Readonly<Record<Exclude<Modality, "in_person">, string | null>>;

// BILLING-RULES §3: 95 = synchronous audio-video, 93 = audio only.
const TELEHEALTH_MODIFIER: TelehealthModifiers = {
  video: "95",
  audio_only: "93",
};

type PlaceAndModifiers = { placeOfService: string; modifiers: string[] };

/** The contact as billing sees it: how the clinician and client met, where, and the modifiers. */
export type Contact = PlaceAndModifiers & { modality: Modality };

function isInPersonPos(code: string): code is InPersonPlaceOfService {
  return IN_PERSON_CODES.some((known) => known === code);
}

function isModality(value: unknown): value is Modality {
  return MODALITIES.some((m) => m === value);
}

function requireModality(modality: unknown): Modality {
  if (modality === undefined) return "in_person";
  if (isModality(modality)) return modality;
  throw new BillingInputError(
    "INVALID_MODALITY",
    `The modality ${JSON.stringify(modality)} is not one of: in person, video, audio only.`,
  );
}

/**
 * The given in-person setting is checked whatever the modality, so bad data is caught even
 * when telehealth makes it irrelevant.
 */
function requireInPersonPos(placeOfService: unknown): InPersonPlaceOfService {
  if (placeOfService === undefined) return DEFAULT_IN_PERSON_POS;
  const code = typeof placeOfService === "string" ? placeOfService.trim() : "";
  if (isInPersonPos(code)) return code;
  throw new BillingInputError(
    "INVALID_PLACE_OF_SERVICE",
    `The place of service ${JSON.stringify(placeOfService)} is not one of the accepted settings: ${IN_PERSON_CODES.join(", ")}.`,
  );
}

type ContactOptions = { modality?: unknown; clientAtHome?: boolean; placeOfService?: unknown };

/**
 * BILLING-RULES §3: modality, place of service and modifiers for every line of the contact;
 * a payer's rules (§8) may give other telehealth modifiers, or none.
 */
export function resolveContact(
  options: ContactOptions,
  telehealthModifiers: TelehealthModifiers = TELEHEALTH_MODIFIER,
): Contact {
  const modality = requireModality(options.modality);
  const inPersonPos = requireInPersonPos(options.placeOfService);
  if (modality === "in_person") return { modality, placeOfService: inPersonPos, modifiers: [] };
  const modifier = telehealthModifiers[modality];
  return {
    modality,
    placeOfService: options.clientAtHome === true ? TELEHEALTH_POS_HOME : TELEHEALTH_POS_ELSEWHERE,
    modifiers: modifier === null ? [] : [modifier],
  };
}

/** BILLING-RULES §3: place of service and modifiers for every line of the contact. */
export function placeAndModifiers(options: ContactOptions): PlaceAndModifiers {
  const { placeOfService, modifiers } = resolveContact(options);
  return { placeOfService, modifiers };
}
