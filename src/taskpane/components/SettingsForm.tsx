/** The agency's details and the report options (fiscal year, threshold, digits, where to read the scores). */
import * as React from "react";
import { Field, Input, Radio, RadioGroup, Select, Textarea } from "@fluentui/react-components";
import type { DigitMode } from "../../report/plan";
import { strings, type Lang } from "../i18n";
import { FISCAL_YEARS, type FormState } from "../logic";
import type { PaneState } from "../usePane";
import { keepWhole } from "./KeepWhole";
import { useStyles } from "./styles";

export interface SettingsFormProps {
  lang: Lang;
  form: FormState;
  update: PaneState["update"];
  nameRef: React.RefObject<HTMLInputElement>;
  nameMissing: boolean;
  thresholdInvalid: boolean;
}

export function SettingsForm({
  lang,
  form,
  update,
  nameRef,
  nameMissing,
  thresholdInvalid,
}: SettingsFormProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  return (
    <>
      <section className={styles.section} aria-labelledby="agency-h">
        <h2 id="agency-h" className={styles.h2}>
          {keepWhole(s.agencySection)}
        </h2>
        <Field
          label={keepWhole(s.agencyName)}
          required
          validationState={nameMissing ? "error" : "none"}
          validationMessage={nameMissing ? s.agencyNameRequired : undefined}
        >
          <Input
            ref={nameRef}
            className={styles.inputFocus}
            value={form.name}
            placeholder={s.agencyNameHint}
            onChange={(_, d) => update("name")(d.value)}
            data-testid="agency-name"
          />
        </Field>
        {(
          [
            ["type", s.agencyType, s.agencyTypeHint, "agency-type"],
            ["district", s.district, undefined, "district"],
            ["province", s.province, undefined, "province"],
            ["unit", s.unit, s.unitHint, "unit"],
          ] as const
        ).map(([key, label, placeholder, testId]) => (
          <Field key={key} label={keepWhole(label)}>
            <Input
              className={styles.inputFocus}
              value={form[key]}
              placeholder={placeholder}
              onChange={(_, d) => update(key)(d.value)}
              data-testid={testId}
            />
          </Field>
        ))}
        <Field label={keepWhole(s.responsible)} hint={s.responsibleHint}>
          <Textarea
            className={styles.inputFocus}
            value={form.responsible}
            resize="vertical"
            rows={3}
            onChange={(_, d) => update("responsible")(d.value)}
            data-testid="responsible"
          />
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="options-h">
        <h2 id="options-h" className={styles.h2}>
          {s.optionsSection}
        </h2>
        <Field label={keepWhole(s.fiscalYear)}>
          <Select
            className={styles.inputFocus}
            value={form.fiscalYear}
            onChange={(_, d) => update("fiscalYear")(d.value)}
            data-testid="fiscal-year"
          >
            <option value="sheet">{s.fiscalYearFromSheet}</option>
            {FISCAL_YEARS.map((y) => (
              <option key={y} value={String(y)}>
                {s.fiscalYearOption(y)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={keepWhole(s.threshold)}
          hint={keepWhole(s.thresholdHint)}
          validationState={thresholdInvalid ? "error" : "none"}
          validationMessage={thresholdInvalid ? s.thresholdInvalid : undefined}
        >
          <Input
            className={styles.inputFocus}
            value={form.threshold}
            inputMode="decimal"
            onChange={(_, d) => update("threshold")(d.value)}
            data-testid="threshold"
          />
        </Field>
        <Field label={keepWhole(s.digits)}>
          <RadioGroup
            value={form.digits}
            onChange={(_, d) => update("digits")(d.value as DigitMode)}
          >
            <Radio value="thai" label={s.digitsThai} />
            <Radio value="arabic" label={s.digitsArabic} />
            <Radio value="mixed" label={s.digitsMixed} />
          </RadioGroup>
        </Field>
        <Field label={keepWhole(s.source)}>
          <RadioGroup
            value={form.source}
            onChange={(_, d) => update("source")(d.value === "selection" ? "selection" : "auto")}
          >
            <Radio value="auto" label={keepWhole(s.sourceAuto)} />
            <Radio value="selection" label={keepWhole(s.sourceSelection)} />
          </RadioGroup>
        </Field>
      </section>
    </>
  );
}
