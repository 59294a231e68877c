import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { parseReceiptTime } from "../../domain/receipts/receiptTime";
import { receiptPaneTexts, receiptTexts } from "../../domain/texts/receipts";

const useStyles = makeStyles({
  correct: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});

export interface ReceiptCorrectionProps {
  /** The files ticked in the register. */
  files: string[];
  /** Gives the files the officer's receipt time (an ISO instant). */
  onCorrect: (files: string[], receivedAt: string) => void;
  disabled: boolean;
}

/** The officer's receipt time for the ticked files, typed dd/mm/yyyy hh:mm and checked before it is given. */
export function ReceiptCorrection({ files, onCorrect, disabled }: ReceiptCorrectionProps) {
  const styles = useStyles();
  const [time, setTime] = useState("");
  const [timeError, setTimeError] = useState<string | undefined>(undefined);
  const correct = () => {
    const parsed = parseReceiptTime(time);
    if (!parsed.ok) {
      setTimeError(parsed.issues[0].message);
      return;
    }
    setTimeError(undefined);
    onCorrect(files, parsed.value);
  };
  return (
    <div className={styles.correct}>
      <Field
        label={receiptPaneTexts.correctLabel}
        hint={receiptPaneTexts.correctHint}
        validationMessage={timeError}
        validationState={timeError ? "error" : "none"}
      >
        <Input
          value={time}
          placeholder={receiptTexts.format}
          disabled={disabled}
          onChange={(_, data) => setTime(data.value)}
        />
      </Field>
      <Button disabled={disabled || files.length === 0 || time.trim() === ""} onClick={correct}>
        {receiptPaneTexts.correct(files.length)}
      </Button>
    </div>
  );
}
