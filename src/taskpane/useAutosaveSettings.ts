/**
 * Saves the pane's options with the document a moment (800 ms) after the last change, so the ribbon button
 * uses them. Not on the first render (nothing changed yet), not on a host without support, not while the
 * options are invalid; the pending save is cleared on the next change and on unmount.
 */
import * as React from "react";
import type { AddinSettings, ExcelGateway } from "../excel/api";

export function useAutosaveSettings(
  gateway: ExcelGateway,
  settings: AddinSettings,
  enabled: boolean
): void {
  const firstRender = React.useRef(true);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return undefined;
    }
    if (!enabled) return undefined;
    const timer = setTimeout(() => {
      gateway.saveSettings(settings).catch(() => undefined);
    }, 800);
    return () => clearTimeout(timer);
  }, [settings, gateway, enabled]);
}
