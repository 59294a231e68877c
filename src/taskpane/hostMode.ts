/** Where the pane runs: inside Excel (Office.js talks to a workbook) or in a plain browser on .xlsx files. */
export type HostMode = { kind: "excel"; platform: string } | { kind: "browser" };

export interface OfficeReadyInfo {
  host: unknown;
  platform: unknown;
}

/** Office.onReady reports host null (or no Office at all) when the page is opened outside Office. */
export function hostModeFrom(info: OfficeReadyInfo | undefined): HostMode {
  if (info && info.host === "Excel") return { kind: "excel", platform: String(info.platform ?? "") };
  return { kind: "browser" };
}
