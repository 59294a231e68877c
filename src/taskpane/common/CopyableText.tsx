import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";
import { CopyButton } from "./CopyButton";

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
  sentence: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** A sentence for the report, and the footnote it carries ("¹ …"), which follows it when pasted alone. */
export interface CopyableParagraph {
  text: string;
  footnote?: string;
}

export interface CopyableTextProps {
  title: string;
  paragraphs: readonly CopyableParagraph[];
  testId?: string;
}

/** "sentence\nfootnote" for one; for all, the sentences, then their footnotes, as a report places them. */
function joined(paragraphs: readonly CopyableParagraph[]): string {
  const footnotes = paragraphs.flatMap(({ footnote }) => (footnote === undefined ? [] : [footnote]));
  return [...paragraphs.map(({ text }) => text), ...footnotes].join("\n");
}

/** Sentences ready for the report, each with a button that copies it, and one that copies them all. */
export function CopyableText({ title, paragraphs, testId }: CopyableTextProps) {
  const styles = useStyles();
  const several = paragraphs.length > 1;
  return (
    <section className={styles.block} aria-label={title} data-testid={testId}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {paragraphs.map((paragraph, index) => (
        <div key={index} className={styles.sentence}>
          <Body1 as="p" className={styles.paragraph}>
            {paragraph.text}
          </Body1>
          {paragraph.footnote !== undefined && (
            <Caption1 as="p" className={styles.paragraph}>
              {paragraph.footnote}
            </Caption1>
          )}
          {several && <CopyButton label={uiTexts.copy.one(index + 1, title)} text={joined([paragraph])} />}
        </div>
      ))}
      <CopyButton
        label={uiTexts.copy.all(title)}
        text={joined(paragraphs)}
        {...(several ? { caption: uiTexts.copy.allButton } : {})}
      />
    </section>
  );
}
