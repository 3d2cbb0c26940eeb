"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { openSignInAgain, reportConnection, reportOnline, useConnection } from "./connection-store";

/**
 * Says what is wrong with the link to the server, in words that tell offline from signed out,
 * and what to do. Listens to the browser's online/offline events so the banner (and the retries
 * waiting on it) follow the network without a click.
 */
export function ConnectionBanner() {
  const { state } = useConnection();
  useEffect(() => {
    const online = () => reportOnline();
    const offline = () => reportConnection("offline");
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, []);

  return (
    <div role="alert" className="empty:hidden">
      {state === "offline" ? (
        <div className="border-t-4 border-amber-600 bg-amber-50 text-amber-950">
          <p className="mx-auto max-w-6xl px-4 py-2">
            <strong>You are offline.</strong> Nothing is lost: your text stays on this page and unsaved changes are saved when the connection is back.
            Timer and segment changes need the connection: try them again then.
          </p>
        </div>
      ) : null}
      {state === "signed-out" ? (
        <div className="border-t-4 border-danger-700 bg-red-50 text-red-900">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2">
            <p>
              <strong>Your sign-in has ended.</strong> Your text is kept on this page (not saved yet). Sign in again here to save it.
            </p>
            <Button onClick={() => openSignInAgain(true)}>Sign in again</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
