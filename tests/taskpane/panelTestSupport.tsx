import { useState, type ReactElement } from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { parsePeriod } from "../../src/domain/language/parsePeriod";
import type { Period } from "../../src/domain/language/types";
import { ConsolidatePanel, type ConsolidatePanelProps } from "../../src/taskpane/consolidate/ConsolidatePanel";

export const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function renderInTheme(element: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

/** A unit's file as the browser hands it over. */
export function unitFile(name: string, lastModified = Date.UTC(2026, 4, 8, 7, 24)): File {
  return new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { lastModified });
}

/** Holds the chosen files as the App does for Kiểm tra and Tổng hợp, for a panel rendered on its own. */
export function WithChosenFiles({
  panel,
}: {
  panel: (files: readonly File[], onFilesChange: (files: File[]) => void) => ReactElement;
}) {
  const [files, setFiles] = useState<File[]>([]);
  return panel(files, setFiles);
}

/** The Tổng hợp panel over one file selection, as App gives it; `props` replace the May defaults. */
export function renderConsolidatePanel(
  props: Omit<ConsolidatePanelProps, "period" | "asOf" | "onAsOfChange" | "files" | "onFilesChange"> &
    Partial<Pick<ConsolidatePanelProps, "period" | "asOf" | "onAsOfChange">>,
) {
  return renderInTheme(
    <WithChosenFiles
      panel={(files, onFilesChange) => (
        <ConsolidatePanel
          period={may}
          asOf="2026-05-14"
          onAsOfChange={() => undefined}
          {...props}
          files={files}
          onFilesChange={onFilesChange}
        />
      )}
    />,
  );
}
