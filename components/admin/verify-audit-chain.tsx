"use client";

import { useEffect, useState } from "react";
import type { ChainVerdict } from "@/db/audit-chain";
import type { AuditVerificationStatus, VerifyScope } from "@/db/audit-log";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatInstant } from "@/lib/time/format";

type Status = AuditVerificationStatus & { timeZone: string };

const entries = (n: number): string => `${n.toLocaleString("en-US")} ${n === 1 ? "entry" : "entries"}`;

function verdictText(verdict: ChainVerdict, scope: VerifyScope): string {
  if (!verdict.ok) return `Integrity check failed at entry ${verdict.seq}: ${verdict.problem}.`;
  if (scope === "full") return `Integrity check passed: all ${entries(verdict.rows)} are intact and in order.`;
  return `Integrity check passed: ${entries(verdict.checked)} new since the last check verified; entries 1–${verdict.rows} are intact and in order.`;
}

/**
 * The audit trail's integrity check, for the audit page. The page never verifies while it
 * renders: this shows where the checks stand (read from one row) and runs a check when asked —
 * the entries new since the last check, or the whole chain again — while the server keeps
 * answering other requests. Needs no props.
 */
export function VerifyAuditChain() {
  const [status, setStatus] = useState<Status | null>(null);
  const [result, setResult] = useState<{ verdict: ChainVerdict; scope: VerifyScope } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<VerifyScope | null>(null);
  // Bumped after each check so the status is read again.
  const [checks, setChecks] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    fetch("/api/admin/audit-chain", { cache: "no-store" })
      .then(async (response) => (response.ok ? ((await response.json()) as Status) : null))
      .then((loaded) => {
        if (isCurrent && loaded) setStatus(loaded);
      })
      .catch(() => {
        if (isCurrent) setError("Where the checks stand could not be loaded. Reload the page to try again.");
      });
    return () => {
      isCurrent = false;
    };
  }, [checks]);

  const verify = async (scope: VerifyScope) => {
    setBusy(scope);
    setError(null);
    setResult(null);
    try {
      const response = await fetch(`/api/admin/audit-chain?scope=${scope}`, { method: "POST" });
      if (!response.ok) throw new Error(String(response.status));
      setResult({ verdict: (await response.json()) as ChainVerdict, scope });
      setChecks((n) => n + 1);
    } catch {
      setError("The check could not be run. Try again.");
    } finally {
      setBusy(null);
    }
  };

  const when = (iso: string) => formatInstant(iso, status?.timeZone ?? "UTC");
  return (
    <section aria-labelledby="audit-integrity-heading" className="mb-6 space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="audit-integrity-heading" className="text-lg font-semibold">
        Integrity of the audit trail
      </h2>
      {status ? (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Last verified in full</dt>
          <dd>{status.fullVerifiedAt ? `${when(status.fullVerifiedAt)} (entries 1–${status.fullVerifiedSeq ?? 0})` : "Never"}</dd>
          <dt className="font-medium">Last check</dt>
          <dd>
            {status.verifiedAt
              ? `${when(status.verifiedAt)}: entries 1–${status.verifiedSeq} intact; ${entries(Math.max(0, status.headSeq - status.verifiedSeq))} written since`
              : `None yet; ${entries(status.headSeq)} to check`}
          </dd>
        </dl>
      ) : null}
      {status?.failure && !result ? <Notice tone="error">{`The last check, ${when(status.failure.at)}, failed at entry ${status.failure.seq}: ${status.failure.problem}.`}</Notice> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => void verify("new")} disabled={busy !== null}>
          {busy === "new" ? "Verifying new entries…" : "Verify new entries"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => void verify("full")} disabled={busy !== null}>
          {busy === "full" ? "Re-verifying the whole chain…" : "Re-verify the whole chain"}
        </Button>
      </div>
      {result ? <Notice tone={result.verdict.ok ? "success" : "error"}>{verdictText(result.verdict, result.scope)}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
