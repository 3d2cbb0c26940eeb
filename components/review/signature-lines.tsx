import type { SignatureView } from "@/db/sessions";
import { formatDateTime } from "@/components/note/format";

const withCredentials = (signature: SignatureView) => `${signature.name}${signature.credentials ? `, ${signature.credentials}` : ""}`;

/** The note's signatures as they read when given, times in the practice zone with its abbreviation. */
export function SignatureLines({ signature, cosignature, timeZone }: { signature: SignatureView | null; cosignature: SignatureView | null; timeZone: string }) {
  if (!signature) return null;
  return (
    <ul aria-label="Signatures" className="space-y-1">
      <li>
        Signed by <strong>{withCredentials(signature)}</strong>, {formatDateTime(signature.at, timeZone)}
      </li>
      {cosignature ? (
        <li>
          Co-signed by <strong>{withCredentials(cosignature)}</strong> (supervisor), {formatDateTime(cosignature.at, timeZone)}
        </li>
      ) : null}
    </ul>
  );
}
