import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { IN_PERSON_PLACES_OF_SERVICE, MODALITIES } from "@/lib/billing";
import type { Modality } from "@/lib/billing";
import { ChoiceGroup } from "./choice-group";

const MODALITY_LABELS: Record<Modality, string> = {
  in_person: "In person",
  video: "Video",
  audio_only: "Audio only",
};
const MODALITY_OPTIONS = MODALITIES.map((value) => ({ value, label: MODALITY_LABELS[value] }));
// Ascending codes: object key order would put "03" last.
const PLACES = Object.entries(IN_PERSON_PLACES_OF_SERVICE).sort(([a], [b]) => a.localeCompare(b));

type PlaceFieldsProps = {
  modality: Modality;
  placeOfService: string;
  clientAtHome: boolean;
  onModalityChange: (modality: Modality) => void;
  onPlaceChange: (code: string) => void;
  onClientAtHomeChange: (atHome: boolean) => void;
};

/** BILLING-RULES §3: in person asks for the setting; telehealth only for where the client was. */
export function PlaceFields(props: PlaceFieldsProps) {
  return (
    <div className="space-y-4">
      <ChoiceGroup legend="Modality" name="modality" options={MODALITY_OPTIONS} value={props.modality} onChange={props.onModalityChange} />
      {props.modality === "in_person" ? (
        <Field label="Place of service">
          <Select className="max-w-sm" value={props.placeOfService} onChange={(event) => props.onPlaceChange(event.target.value)}>
            {PLACES.map(([code, label]) => (
              <option key={code} value={code}>
                {code} · {label}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <div>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              checked={props.clientAtHome}
              aria-describedby="client-at-home-hint"
              onChange={(event) => props.onClientAtHomeChange(event.target.checked)}
              className="size-5 accent-brand-700"
            />
            Client at home
          </label>
          <p id="client-at-home-hint" className="text-sm text-slate-700">
            Place of service 10 when the client joined from home, otherwise 02.
          </p>
        </div>
      )}
    </div>
  );
}
