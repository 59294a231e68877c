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

/** Where the page was opened: its query string, and the host office.js kept for the session (sessionStorage). */
export interface PageOrigin {
  search: string;
  storedHostInfo: string | null;
}

/**
 * Office opens the pane at the manifest's URL with its host appended (`?_host_Info=Excel$Win32$16.01$…`,
 * `Excel|Web|…` on the web), and office.js keeps that value in sessionStorage ("hostInfoValue") for pages the
 * pane moves to; a page opened in a browser has neither.
 */
export function openedByOffice({ search, storedHostInfo }: PageOrigin): boolean {
  return new URLSearchParams(search).has("_host_Info") || Boolean(storedHostInfo);
}
