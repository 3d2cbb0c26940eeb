"use client";

export const UNSAVED_QUESTION = "Some of your text is not saved yet. Leave this page and lose it?";

/**
 * Asks before the page is left while `isDirty()`: a reload or a typed address (beforeunload, the
 * browser's own wording) and a click on any link inside the app. The click is caught before
 * React's handlers see it, so Next's Link never starts the navigation. Returns the undo.
 */
export function guardUnsavedNavigation(isDirty: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (isDirty()) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    const url = new URL(link.href, window.location.href);
    // Another site opens in this tab only by the user's choice; tel: links do not leave the page.
    if (url.origin !== window.location.origin) return;
    if (url.pathname === window.location.pathname && url.search === window.location.search) return;
    if (!isDirty() || window.confirm(UNSAVED_QUESTION)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  window.addEventListener("beforeunload", onBeforeUnload);
  document.addEventListener("click", onClick, { capture: true });
  return () => {
    window.removeEventListener("beforeunload", onBeforeUnload);
    document.removeEventListener("click", onClick, { capture: true });
  };
}
