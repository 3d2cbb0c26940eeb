import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={cn("rounded-lg border border-slate-300 bg-white p-6 shadow-sm", className)} {...props} />;
}

export function PageTitle({ children }: { children: string }) {
  return <h1 className="mb-6 text-2xl font-bold text-slate-900">{children}</h1>;
}
