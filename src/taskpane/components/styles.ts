/** The pane's theme and the class names its components share (Fluent UI v9 makeStyles). */
import { makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

/** Thai-capable fonts first: Windows (Leelawadee UI, Tahoma), Mac/Office (Thonburi, TH Sarabun New), Linux. */
export const FONT_STACK =
  '"Leelawadee UI", Leelawadee, Tahoma, Thonburi, "TH Sarabun New", "Noto Sans Thai", Loma, "Segoe UI", sans-serif';

export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };

export const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "560px",
    margin: "0 auto",
    padding: "12px 14px 24px",
    display: "flex",
    flexDirection: "column",
    gap: "14px",
    // clip, not hidden: hidden would make the pane its own scroll box, and the action bar would not stick.
    overflowX: "clip",
    // Thai stacks vowels and tone marks above and below the line: give them room.
    lineHeight: "1.55",
    overflowWrap: "anywhere",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: "1.5",
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  h2: {
    margin: "4px 0 0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: "1.5",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  h3: {
    margin: "6px 0 0",
    fontSize: tokens.fontSizeBase300,
    lineHeight: "1.5",
    fontWeight: tokens.fontWeightSemibold,
  },
  buttons: { display: "flex", flexDirection: "column", gap: "8px" },
  button: {
    width: "100%",
    justifyContent: "center",
    minHeight: "34px",
    whiteSpace: "normal",
    lineHeight: "1.4",
  },
  busy: { display: "flex", flexDirection: "column", gap: "6px" },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
  },
  focusTarget: {
    outlineStyle: "none",
    scrollMarginTop: "10px",
    ":focus-visible": {
      outline: `2px solid ${tokens.colorBrandStroke1}`,
      outlineOffset: "1px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  totalLine: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: "10px" },
  totalValue: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: "1.3",
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase300,
  },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  td: {
    padding: "4px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  rankCol: { width: "3.2em" },
  scoreCol: { width: "4.2em" },
  sub: { color: tokens.colorNeutralForeground3 },
  below: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  above: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "6px" },
  problem: { display: "flex", flexDirection: "column", gap: "2px" },
  msgBody: { whiteSpace: "normal", lineHeight: "1.55" },
  details: { marginTop: "4px", fontSize: tokens.fontSizeBase200 },
  /**
   * A visible focus ring around a text field (Fluent's own is a 2px underline only): an outline in the focus
   * colour around the whole box while the field has focus.
   */
  inputFocus: {
    ":focus-within": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
});
