import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-4 py-10">
      <p className="mb-6 text-center text-xl font-bold text-brand-800">Crisisnote</p>
      {children}
    </main>
  );
}
