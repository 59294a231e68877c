/* Runs before the task pane's bundle in whatever webview Office uses, so it is plain ES5 that no build step
   touches (copied as is by webpack.config.js). Office 2016 and 2019 volume-licensed open the pane in Internet
   Explorer 11, retail copies without WebView2 in the old Edge: the bundle's syntax (?. and ??) does not even parse
   there, and the pane would stay blank. So this shows the page's message for old webviews instead: at once when
   the engine cannot parse that syntax, or when the page has loaded and the bundle never said it started (it did
   not load, or stopped with an error). The message itself is in the page, written at build time from
   src/domain/texts/oldWebview.json: a script old engines can parse cannot import the texts' modules. */
(function () {
  var STARTED_ATTRIBUTE = "data-pane-started";

  // Only a syntax error says the engine is too old: a page whose policy forbids compiling code refuses any.
  function canRunBundle() {
    try {
      new Function("var a = {}; return a?.b ?? 1;");
      return true;
    } catch (error) {
      return !(error instanceof SyntaxError);
    }
  }

  function reveal(id) {
    var element = document.getElementById(id);
    if (element) element.removeAttribute("hidden");
  }

  function show(reasonId) {
    reveal("old-webview");
    reveal(reasonId);
    var address = document.getElementById("old-webview-address");
    if (address) address.textContent = location.protocol + "//" + location.host + location.pathname;
  }

  if (!canRunBundle()) {
    document.addEventListener("DOMContentLoaded", function () {
      show("old-webview-old-engine");
    });
    return;
  }
  window.addEventListener("load", function () {
    if (!document.documentElement.hasAttribute(STARTED_ATTRIBUTE)) show("old-webview-not-started");
  });
})();
