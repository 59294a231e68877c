import { useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { formatDayMonthYear, parseDayMonthYear } from "../../domain/language/dayMonthYear";
import type { IsoDate } from "../../domain/language/types";
import { receiptPaneTexts } from "../../domain/texts/receipts";

export interface DateInputProps {
  label: string;
  hint?: string;
  /** "" for no day. */
  value: IsoDate | "";
  /** Called with each day typed whole, or "" when the field is emptied (only where `optional`). */
  onChange: (value: IsoDate | "") => void;
  optional?: boolean;
  disabled?: boolean;
}

/**
 * A day typed as dd/mm/yyyy: the browser's date input shows mm/dd/yyyy on an English Windows, which an officer
 * reads as the wrong day.
 */
export function DateInput({ label, hint, value, onChange, optional = false, disabled }: DateInputProps) {
  const [text, setText] = useState(value ? formatDayMonthYear(value) : "");
  const [error, setError] = useState<string | undefined>(undefined);
  // A day set from outside (a period switch) is shown as such.
  useEffect(() => {
    setText(value ? formatDayMonthYear(value) : "");
    setError(undefined);
  }, [value]);
  const take = (typed: string) => {
    setText(typed);
    setError(undefined);
    if (typed.trim() === "" && optional) {
      if (value !== "") onChange("");
      return;
    }
    const day = parseDayMonthYear(typed);
    if (day && day !== value) onChange(day);
  };
  // Said once the officer leaves the field, not at every keystroke of a day still being typed.
  const check = () => {
    const empty = text.trim() === "";
    setError((empty && optional) || parseDayMonthYear(text) ? undefined : receiptPaneTexts.badDay(text));
  };
  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error ? "error" : "none"}>
      <Input
        value={text}
        placeholder={receiptPaneTexts.dayPlaceholder}
        inputMode="numeric"
        disabled={disabled}
        onChange={(_, data) => take(data.value)}
        onBlur={check}
      />
    </Field>
  );
}
