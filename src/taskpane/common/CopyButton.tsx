import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";
import { copyText } from "./copyText";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface CopyButtonProps {
  /** What the button copies, for screen readers: "Sao chép: …". */
  label: string;
  text: string;
  /** The button's own words; "Sao chép" unless told. */
  caption?: string;
}

/** "Sao chép", and beside it whether the text reached the clipboard. */
export function CopyButton({ label, text, caption = uiTexts.copy.button }: CopyButtonProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  return (
    <div className={styles.row}>
      <Button size="small" aria-label={label} onClick={async () => setCopied(await copyText(text))}>
        {caption}
      </Button>
      <Caption1 role="status">
        {copied === undefined ? "" : copied ? uiTexts.copy.copied : uiTexts.copy.failed}
      </Caption1>
    </div>
  );
}
