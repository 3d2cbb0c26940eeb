import Link from "next/link";
import { getGuidance } from "@/lib/guidance";

/** Every similar code exists in the library (schema test), so each one is a link. */
export function SimilarCodes({ codes }: { codes: readonly string[] }) {
  return (
    <ul className="space-y-2">
      {codes.map((code) => (
        <li key={code}>
          <Link href={`/codes/${code}`} className="text-brand-700 underline underline-offset-4 hover:text-brand-800">
            <span className="font-mono font-semibold">{code}</span> {getGuidance(code)?.name ?? ""}
          </Link>
        </li>
      ))}
    </ul>
  );
}
