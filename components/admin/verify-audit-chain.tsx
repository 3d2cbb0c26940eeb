"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type Verdict = { ok: true; rows: number } | { ok: false; seq: number; problem: string };

/**
 * The integrity check walks the whole chain, so it runs when asked, not on every page view: a
 * large log would otherwise make each visit to this page slow for everyone.
 */
export function VerifyAuditChain() {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/admin/audit-chain");
      if (!response.ok) throw new Error(String(response.status));
      setVerdict((await response.json()) as Verdict);
    } catch {
      setError("The check could not be run. Try again.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mb-6 space-y-3">
      <Button type="button" variant="secondary" onClick={() => void verify()} disabled={busy}>
        {busy ? "Verifying…" : "Verify the audit chain"}
      </Button>
      {verdict?.ok ? <Notice tone="success">{`Integrity check passed: all ${verdict.rows} entries are intact and in order.`}</Notice> : null}
      {verdict && !verdict.ok ? <Notice tone="error">{`Integrity check failed at entry ${verdict.seq}: ${verdict.problem}.`}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
