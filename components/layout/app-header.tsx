import Link from "next/link";
import type { Actor } from "@/db/context";
import { ROLE_LABELS, isClinical } from "@/lib/auth/roles";
import { type NavItem, NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

function navFor(actor: Actor, reviewCount: number | null): NavItem[] {
  const items: NavItem[] = [{ href: "/", label: "Dashboard" }, { href: "/codes", label: "Codes" }];
  if (isClinical(actor.role)) {
    items.push({ href: "/sessions", label: "Sessions" }, { href: "/clients", label: "Clients" });
  }
  if (actor.role === "supervisor") items.push({ href: "/review", label: "Notes to review", badge: reviewCount ?? 0 });
  if (actor.role === "admin") {
    items.push(
      { href: "/admin/users", label: "Users" },
      { href: "/admin/clients", label: "Clients" },
      { href: "/admin/payers", label: "Payers" },
      { href: "/admin/billing", label: "Billing" },
      { href: "/admin/practice", label: "Practice settings" },
      { href: "/admin/audit", label: "Audit log" },
    );
  }
  return items;
}

/** `reviewCount`: the supervisor's queue, shown as a badge on "Notes to review". */
export function AppHeader({ actor, practiceName, reviewCount = null }: { actor: Actor; practiceName: string; reviewCount?: number | null }) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <p className="text-lg font-bold text-brand-800">Crisisnote</p>
          <p className="text-sm text-slate-700">{practiceName}</p>
        </div>
        <nav aria-label="Main">
          <NavLinks items={navFor(actor, reviewCount)} />
        </nav>
        <div className="flex items-center gap-3">
          <p className="text-sm">
            <span className="font-semibold">{actor.name}</span>
            <span className="text-slate-700"> · {ROLE_LABELS[actor.role]}</span>
          </p>
          <Link href="/account" className="inline-flex min-h-8 items-center text-sm text-brand-700 underline underline-offset-4">
            Your account
          </Link>
          <Link href="/account/password" className="inline-flex min-h-8 items-center text-sm text-brand-700 underline underline-offset-4">
            Change password
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
