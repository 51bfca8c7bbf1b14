/**
 * "ดาวน์โหลดไฟล์ Word": shown once a report is written. The click builds the Word file from the sheets'
 * current text (the callback does the work: src/excel/wordExport.ts through usePane); this view only
 * shows the button, the progress and the outcome. Where the host cannot save a file from the pane
 * (Excel on the Mac or iPad), it says so before the officer clicks, and what works there instead.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentText20Regular } from "@fluentui/react-icons";
import type { WordExportResult } from "../../excel/wordExport";
import type { Lang } from "../i18n";

const TEXT = {
  th: {
    button: "ดาวน์โหลดไฟล์ Word",
    busy: "กำลังสร้างไฟล์ Word จากข้อความในแผ่นงาน…",
    hint: "ไฟล์ Word สร้างจากข้อความในแผ่นงานรายงานตามที่แก้ไขล่าสุด พร้อมแผนภูมิ",
    saved: (f: string, n: number) =>
      `ดาวน์โหลด ${f} แล้ว` + (n ? ` (รวมข้อความที่แก้ไขในแผ่นงาน ${n} ส่วน)` : ""),
    missing: (names: string[]) =>
      `ไม่พบแผ่นงาน ${names.join(", ")} (ถูกเปลี่ยนชื่อหรือลบ): ใช้ข้อความตามที่สร้างไว้แทน`,
    cannotSave:
      "Excel บน Mac และ iPad ไม่สามารถบันทึกไฟล์จากบานหน้าต่าง Add-in ได้ (ข้อจำกัดของ Excel บนระบบนี้) " +
      "ให้เปิดเวิร์กบุ๊กนี้ใน Excel บนเว็บแล้วกดปุ่มนี้ที่นั่น หรือใช้คำสั่ง generate … -o report.docx ของโปรแกรมบรรทัดคำสั่ง",
    failed: (e: string) => `สร้างไฟล์ Word ไม่สำเร็จ: ${e}`,
  },
  en: {
    button: "Download Word file",
    busy: "Making the Word file from the sheets' text…",
    hint: "The Word file is made from the report sheets' text as last edited, with the chart.",
    saved: (f: string, n: number) =>
      `${f} downloaded` + (n ? ` (with ${n} texts edited in the sheets)` : ""),
    missing: (names: string[]) =>
      `Sheet ${names.join(", ")} not found (renamed or deleted): its text as generated is used.`,
    cannotSave:
      "Excel on the Mac and iPad cannot save a file from an add-in's pane (a limit of Excel there). " +
      "Open this workbook in Excel on the web and use this button there, or run the command line's generate … -o report.docx.",
    failed: (e: string) => `The Word file could not be made: ${e}`,
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  button: { alignSelf: "flex-start" },
});

export interface WordExportProps {
  lang: Lang;
  /** The host cannot save a file from the pane: say so instead of offering the button. */
  cannotSave: boolean;
  disabled: boolean;
  onExport: () => Promise<WordExportResult>;
}

export function WordExport({
  lang,
  cannotSave,
  disabled,
  onExport,
}: WordExportProps): React.JSX.Element {
  const t = TEXT[lang];
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<WordExportResult | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await onExport());
    } finally {
      setBusy(false);
    }
  };
  const blocked = cannotSave || outcome?.status === "cannot-save";
  return (
    <section className={styles.root} data-testid="word-export" aria-live="polite">
      {blocked ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.cannotSave}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <p className={styles.hint}>{t.hint}</p>
          <Button
            className={styles.button}
            icon={<DocumentText20Regular />}
            disabled={disabled || busy}
            onClick={() => void run()}
            data-testid="word-download"
          >
            {busy ? t.busy : t.button}
          </Button>
        </>
      )}
      {outcome?.status === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t.saved(outcome.fileName, outcome.edited)}
            {outcome.missing.length ? ` ${t.missing(outcome.missing)}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.failed(outcome.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
