"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string; badge?: number };

/** The section a path belongs to: "/sessions/abc" is under Sessions; "/" only for the dashboard itself. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The main navigation links, the current section marked with aria-current="page". Each link is
 * at least 32 px tall so it is an easy target on a tablet (WCAG 2.5.8 asks for 24 px).
 */
export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {items.map((item) => {
        const current = isCurrentSection(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className="inline-flex min-h-8 items-center font-medium text-brand-700 underline-offset-4 hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {item.label}
              {item.badge !== undefined ? (
                <span className="ml-1 rounded-full bg-brand-700 px-2 py-0.5 text-sm text-white">
                  {item.badge}
                  <span className="sr-only"> waiting</span>
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
