import { Field, Select } from "@fluentui/react-components";
import { periodLabel } from "../../domain/language/parsePeriod";
import type { Period } from "../../domain/language/types";
import { uiTexts } from "../../domain/texts/ui";

export interface PeriodPickerProps {
  choices: Period[];
  value: Period;
  onChange: (period: Period) => void;
  /** The pane's "Kỳ báo cáo" when unset. */
  label?: string;
  hint?: string;
  disabled?: boolean;
}

export function PeriodPicker({
  choices,
  value,
  onChange,
  label = uiTexts.periodLabel,
  hint,
  disabled,
}: PeriodPickerProps) {
  return (
    <Field label={label} hint={hint}>
      <Select
        value={value.code}
        disabled={disabled}
        onChange={(_, data) => {
          const chosen = choices.find((p) => p.code === data.value);
          if (chosen) onChange(chosen);
        }}
      >
        {choices.map((period) => (
          <option key={period.code} value={period.code}>
            {periodLabel(period)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
