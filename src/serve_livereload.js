/* helpgen serve: reload on rebuild, show build errors as an overlay. Injected only by `helpgen serve`. */
(function () {
  "use strict";
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "helpgen-error";
      overlay.setAttribute("role", "alertdialog");
      overlay.setAttribute("aria-label", "Build error");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,0,0,.92);color:#fff;padding:2rem;overflow:auto;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "helpgen: the last change broke the build; the page below is the last good one.\n\n" + text;
  }
  var source = new EventSource(document.currentScript.src.replace(/livereload\.js.*$/, "events"));
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("error", function (e) { if (e.data) show(JSON.parse(e.data)); });
})();
