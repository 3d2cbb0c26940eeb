import type { ReactNode } from "react";
import { ConnectionBanner } from "./connection-banner";

/**
 * Fixed to the bottom of the screen, so it is in sight wherever the clinician is writing: what
 * is wrong with the connection, and (on a draft) the session's timer. Below the dialogs (z-50).
 */
export function BottomBar({ children }: { children?: ReactNode }) {
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white shadow-[0_-2px_8px_rgba(15,23,42,0.12)] print:hidden">
      <ConnectionBanner />
      {children}
    </div>
  );
}
