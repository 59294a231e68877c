import { memo, useRef, useState, type DragEvent } from "react";
import {
  Button,
  Caption1,
  Body1,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  useId,
} from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";
import type { ChosenFile } from "../actions/types";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  // Hidden from sight and from Tab: the Fluent button opens it, so keyboard users meet one control, not two.
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden", pointerEvents: "none" },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", maxHeight: "160px", overflowY: "auto" },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere" },
});

export const ACCEPTED_FILES = ".xlsx,.xls,.xlsm,.csv";

function fileKey(file: ChosenFile): string {
  return `${file.name}|${file.size}|${file.lastModified}`;
}

/** The files so far plus the new ones, a file chosen twice kept once. */
export function addFiles<T extends ChosenFile>(current: readonly T[], added: readonly T[]): T[] {
  const seen = new Set(current.map(fileKey));
  const fresh: T[] = [];
  for (const file of added) {
    if (seen.has(fileKey(file))) continue;
    seen.add(fileKey(file));
    fresh.push(file);
  }
  return [...current, ...fresh];
}

export interface FilePickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}

/**
 * Units' files by the file dialog or by drag-and-drop, many at once, listed with a way to drop each again.
 * Memoised: a panel re-renders at every file read, and a list of ninety files need not follow.
 */
export const FilePicker = memo(function FilePicker({ files, onChange, disabled = false }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId("chosen-files");
  const countId = useId("chosen-count");
  const [dragging, setDragging] = useState(false);
  const add = (list: FileList | null) => {
    if (list && list.length > 0) onChange(addFiles(files, Array.from(list)));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) add(event.dataTransfer.files);
  };
  return (
    <div
      role="group"
      aria-label={uiTexts.files.dropZone}
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        id={inputId}
        className={styles.input}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        aria-label={uiTexts.files.inputLabel}
        tabIndex={-1}
        disabled={disabled}
        onChange={(event) => {
          add(event.target.files);
          // Lets the officer choose the same file again after removing it.
          event.target.value = "";
        }}
      />
      <Button
        appearance="secondary"
        disabled={disabled}
        aria-describedby={countId}
        onClick={() => input.current?.click()}
      >
        {uiTexts.files.choose}
      </Button>
      <Caption1>{uiTexts.files.dropHint}</Caption1>
      <Body1 id={countId} role="status">
        {uiTexts.files.chosen(files.length)}
      </Body1>
      {files.length > 0 && (
        <>
          <ul className={styles.list} aria-labelledby={countId}>
            {files.map((file, index) => (
              <li key={fileKey(file)} className={styles.item}>
                <Caption1 className={styles.name}>{file.name}</Caption1>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  aria-label={uiTexts.files.remove(file.name)}
                  onClick={() => onChange(files.filter((_, i) => i !== index))}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChange([])}>
            {uiTexts.files.clear}
          </Button>
        </>
      )}
    </div>
  );
});
