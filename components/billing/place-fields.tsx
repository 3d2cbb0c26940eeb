import { Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { MODALITY_OPTIONS } from "@/lib/billing";
import type { Modality } from "@/lib/billing";
import { PlaceOfServiceSelect } from "./place-of-service-select";

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
      <RadioGroup legend="Modality" options={MODALITY_OPTIONS} value={props.modality} onChange={props.onModalityChange} />
      {props.modality === "in_person" ? (
        <Field label="Place of service">
          <PlaceOfServiceSelect className="max-w-sm" value={props.placeOfService} onChange={(event) => props.onPlaceChange(event.target.value)} />
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
