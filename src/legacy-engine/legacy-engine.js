/*
 * The one script every page loads before its bundle, written in ES5 so that Internet Explorer 11
 * (Trident) and Edge Legacy (EdgeHTML) can parse it. Office 2016 and 2019 and older Microsoft 365
 * builds run add-ins in those engines, which cannot run the ES2020 bundles (React 18, Fluent UI 9):
 * instead of a blank pane and a ribbon button that does nothing, they get a message saying which
 * Office ziping needs. On every other engine this script does nothing.
 * https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
(function (global) {
  "use strict";

  // Built-ins of ES2020 that neither engine has: their absence means the bundle cannot run here.
  function isLegacyEngine() {
    return (
      typeof global.Promise !== "function" ||
      typeof global.Promise.allSettled !== "function" ||
      typeof String.prototype.matchAll !== "function" ||
      typeof global.BigInt !== "function"
    );
  }

  var MESSAGE = {
    zh: "此版本的 Office 用 Internet Explorer 11 或旧版 Edge 运行加载项，自评表校验无法在其中运行。请改用 Office 2021 或更新版本、Microsoft 365 或 Excel 网页版。",
    en: "This version of Office runs add-ins in Internet Explorer 11 or Edge Legacy, where the self-evaluation form check cannot run. Please use Office 2021 or later, Microsoft 365, or Excel on the web."
  };

  function paragraph(document, lang, text) {
    var p = document.createElement("p");
    p.setAttribute("lang", lang);
    p.style.margin = "0 0 12px";
    p.appendChild(document.createTextNode(text));
    return p;
  }

  /** Replace whatever the page holds with the message, Chinese first. */
  function showMessage(document) {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.padding = "16px";
    box.style.fontFamily = "'Microsoft YaHei', 'Segoe UI', sans-serif";
    box.style.fontSize = "14px";
    box.appendChild(paragraph(document, "zh-CN", MESSAGE.zh));
    box.appendChild(paragraph(document, "en-US", MESSAGE.en));
    body.appendChild(box);
  }

  /** The ribbon's command: show the message in the result dialog (notice.html runs this script too). */
  function registerCommand(Office) {
    function checkActiveSheet(event) {
      var done = function () {
        if (event && event.completed) event.completed();
      };
      try {
        Office.context.ui.displayDialogAsync(global.location.href.replace(/commands\.html.*$/, "notice.html"), { height: 30, width: 35, displayInIframe: true }, done);
      } catch (e) {
        if (global.console) global.console.error(e);
        done();
      }
    }
    global.checkActiveSheet = checkActiveSheet;
    if (Office.actions && Office.actions.associate) Office.actions.associate("checkActiveSheet", checkActiveSheet);
  }

  function guard() {
    if (!isLegacyEngine()) return false;
    var document = global.document;
    if (document.body) showMessage(document);
    else document.addEventListener("DOMContentLoaded", function () { showMessage(document); });
    var Office = global.Office;
    if (Office && Office.onReady && /commands\.html/.test(global.location.href)) {
      Office.onReady(function () { registerCommand(Office); });
    }
    return true;
  }

  global.__zipingLegacyEngine = guard();
})(this);
