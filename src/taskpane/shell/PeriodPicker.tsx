import { Field, Select } from "@fluentui/react-components";
import { periodLabel } from "../../domain/language/parsePeriod";
import type { Period } from "../../domain/language/types";
import { uiTexts } from "../../domain/texts/ui";

export interface PeriodPickerProps {
  choices: Period[];
  value: Period;
  onChange: (period: Period) => void;
}

export function PeriodPicker({ choices, value, onChange }: PeriodPickerProps) {
  return (
    <Field label={uiTexts.periodLabel}>
      <Select
        value={value.code}
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
