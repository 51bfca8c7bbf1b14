/**
 * "Replace the earlier report?": names the sheets that would be replaced. Loaded when first needed
 * (React.lazy in App.tsx), so the Dialog code is not part of the pane's first load.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { strings, type Lang } from "../i18n";
import { useStyles } from "./styles";

export interface ConfirmDialogProps {
  sheets: string[];
  lang: Lang;
  onReplace: () => void;
  onCancel: () => void;
  /** Asks which agency the report is for instead (the sheet's: onReplace; the saved one: onUseSaved). */
  agency?: { sheet: string; saved: string };
  onUseSaved?: () => void;
}

export default function ConfirmDialog({
  sheets,
  lang,
  onReplace,
  onCancel,
  agency,
  onUseSaved,
}: ConfirmDialogProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby="confirm-body" data-testid="confirm-dialog">
        <DialogBody>
          <DialogTitle>{agency ? s.agencyTitle : s.confirmTitle}</DialogTitle>
          <DialogContent id="confirm-body">
            <p>{agency ? s.agencyBody(agency.sheet, agency.saved) : s.confirmBody}</p>
            {!agency && (
              <ul className={styles.list}>
                {sheets.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace} data-testid="confirm-replace">
              {agency ? s.agencyUseSheet(agency.sheet) : s.confirmReplace}
            </Button>
            {agency && onUseSaved && (
              <Button onClick={onUseSaved} data-testid="confirm-saved-agency">
                {s.agencyUseSaved(agency.saved)}
              </Button>
            )}
            <Button onClick={onCancel} data-testid="confirm-cancel">
              {s.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
