/**
 * Tells oldWebview.js, which runs before the bundle and cannot import this, that the bundle runs: without this
 * mark once the page has loaded, it shows the message for webviews too old for the pane.
 */
export function markPaneStarted(): void {
  document.documentElement.setAttribute("data-pane-started", "");
}
