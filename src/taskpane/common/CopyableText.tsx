import { useState } from "react";
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";
import { copyText } from "./copyText";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  paragraph: { margin: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface CopyableTextProps {
  title: string;
  /** Paragraphs, copied joined by line breaks as the report pastes them. */
  paragraphs: readonly string[];
  testId?: string;
}

/** Sentences ready for the report, with a button that copies them and says so. */
export function CopyableText({ title, paragraphs, testId }: CopyableTextProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  return (
    <section className={styles.block} aria-label={title} data-testid={testId}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {paragraphs.map((paragraph, index) => (
        <Body1 as="p" key={index} className={styles.paragraph}>
          {paragraph}
        </Body1>
      ))}
      <div className={styles.row}>
        <Button
          size="small"
          aria-label={`${uiTexts.copy.button}: ${title}`}
          onClick={async () => setCopied(await copyText(paragraphs.join("\n")))}
        >
          {uiTexts.copy.button}
        </Button>
        <Caption1 role="status">
          {copied === undefined ? "" : copied ? uiTexts.copy.copied : uiTexts.copy.failed}
        </Caption1>
      </div>
    </section>
  );
}
