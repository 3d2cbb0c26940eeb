"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/**
 * Downloads the CSV while showing how far it got: the file streams from the server, so a year of
 * lines shows progress instead of a frozen button. A refusal arrives as a message, not a file.
 */
export function ExportButton({ href }: { href: string }) {
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setError(null);
    setProgress("Starting the export…");
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? "The export could not be made. Try again.");
        setProgress(null);
        return;
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let lines = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        for (const byte of value) if (byte === 10) lines += 1;
        setProgress(`${Math.max(0, lines - 1).toLocaleString()} lines received…`);
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "billing.csv";
      const url = URL.createObjectURL(new Blob(chunks, { type: "text/csv" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
      setProgress(`Done: ${Math.max(0, lines - 1).toLocaleString()} billing lines in ${name}.`);
    } catch {
      setError("The connection dropped during the export. Nothing is lost: try again.");
      setProgress(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-2">
      <Button type="button" onClick={() => void download()} disabled={busy}>
        {busy ? "Exporting…" : "Download CSV"}
      </Button>
      {progress ? (
        <p role="status" className="text-slate-800">
          {progress}
        </p>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
