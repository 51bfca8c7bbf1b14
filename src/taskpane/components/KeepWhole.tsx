/**
 * Thai has no spaces between words, so a narrow pane may break a line inside a compound term
 * ("แผ่น|งาน", "งบ|ประมาณ", "ตัว|ชี้วัด"). keepWhole wraps each such term of a label in a span that does not
 * break, leaving the line breaks between words to the browser.
 */
import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

/** Terms read as one word; longest first, so that the longer one wins. */
export const WHOLE_TERMS = [
  "ตัวชี้วัดย่อย",
  "ปีงบประมาณ",
  "บานหน้าต่าง",
  "งบประมาณ",
  "ตัวชี้วัด",
  "หน่วยงาน",
  "ส่วนเสริม",
  "แผ่นงาน",
  "สมุดงาน",
  "ริบบอน",
] as const;

const TERMS = new RegExp(`(${WHOLE_TERMS.join("|")})`, "g");

const useKeepStyles = makeStyles({ whole: { whiteSpace: "nowrap" } });

export function KeepWhole({ text }: { text: string }): React.JSX.Element {
  const styles = useKeepStyles();
  const parts = text.split(TERMS);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className={styles.whole}>
            {part}
          </span>
        ) : (
          part
        )
      )}
    </>
  );
}

/** A label with its compound terms kept whole (a string when it has none). */
export function keepWhole(text: string): string | React.JSX.Element {
  TERMS.lastIndex = 0;
  return TERMS.test(text) ? <KeepWhole text={text} /> : text;
}
