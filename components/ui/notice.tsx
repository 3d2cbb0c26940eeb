import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  error: "border-danger-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-brand-700 bg-blue-50 text-slate-900",
  warning: "border-amber-700 bg-amber-50 text-amber-950",
} as const;

/** Errors interrupt (role=alert); confirmations and hints are polite (role=status). */
export function Notice({ tone, children, className }: { tone: keyof typeof tones; children: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border-l-4 px-4 py-3", tones[tone], className)}>
      {children}
    </div>
  );
}
