/**
 * Task-pane entry: waits for Office.js, then renders the pane into #container with the Office.js
 * gateway (src/excel) and the UI language from Office's display language. Without Office.js (the CDN
 * unreachable, blocked by a proxy) it shows taskpane.html's "could not load" message instead of a blank pane.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelGateway, readLastRun } from "../excel";
import { App } from "./components/App";
import { pickLang } from "./i18n";

function loadFailed(): void {
  const show = (window as { __itaShowLoadFailed?: () => void }).__itaShowLoadFailed;
  if (show) show();
  else document.getElementById("load-failed")?.removeAttribute("hidden");
}

if (typeof Office === "undefined") {
  loadFailed();
} else {
  Office.onReady(() => {
    const container = document.getElementById("container");
    if (!container) return;
    const lang = pickLang(Office.context?.displayLanguage);
    document.documentElement.lang = lang;
    let lastRun = null;
    try {
      lastRun = readLastRun();
    } catch {
      // A document without settings support: nothing to show from the ribbon.
    }
    createRoot(container).render(
      <App gateway={createExcelGateway()} lang={lang} lastRun={lastRun} />
    );
  });
}
