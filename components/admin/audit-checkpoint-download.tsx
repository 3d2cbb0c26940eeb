"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const fileNameOf = (response: Response): string => /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "audit-checkpoint.json";

/**
 * Downloads a signed checkpoint of the audit chain's head, to keep somewhere the server cannot
 * reach (`npm run audit:verify -- --checkpoint file.json` checks it later). The server verifies
 * the new entries first and refuses with the reason when they fail. Needs no props.
 */
export function AuditCheckpointDownload() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const download = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch("/api/admin/audit-checkpoint", { method: "POST" });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setMessage({ tone: "error", text: body.error ?? "The checkpoint could not be made. Try again." });
        return;
      }
      const name = fileNameOf(response);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ tone: "success", text: `Checkpoint downloaded (${name}). Keep it away from the server and its backups.` });
    } catch {
      setMessage({ tone: "error", text: "The checkpoint could not be made. Try again." });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="audit-checkpoint-heading" className="mb-6 space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="audit-checkpoint-heading" className="text-lg font-semibold">
        Checkpoint
      </h2>
      <p className="text-sm">
        A signed record of the newest entry. Kept elsewhere, it shows later that no entry up to it was changed or removed.
      </p>
      <Button type="button" variant="secondary" onClick={() => void download()} disabled={busy}>
        {busy ? "Making the checkpoint…" : "Download a checkpoint"}
      </Button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}
