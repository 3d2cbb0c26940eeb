import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Crisisnote", template: "%s · Crisisnote" },
  description: "Crisis session documentation, review and billing",
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so each carries its own CSP nonce (proxy.ts); a
  // prerendered page (such as the 404 page) would have scripts without one, which the policy blocks.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
