/* helpgen default theme: progressive enhancements. Everything works without this file.
 * The search client (search.js) is loaded on first use of the search box, or on the first call of
 * helpgen.search(query, {lang, limit}), which then answers as search.js does. */
(function () {
  "use strict";
  var doc = document;
  var hg = window.helpgen = window.helpgen || {};
  var me = doc.currentScript;
  if (hg.base === undefined) hg.base = me ? me.src.replace(/assets\/helpgen\.js(\?.*)?$/, "") : "";
  var loading = null;
  function loadSearch() {
    if (!loading) loading = new Promise(function (resolve, reject) {
      var s = doc.createElement("script");
      s.src = hg.base + "assets/search.js";
      s.onload = resolve;
      s.onerror = function () { loading = null; reject(new Error("cannot load " + s.src)); };
      doc.head.appendChild(s);
    });
    return loading;
  }
  var stub = function (q, o) { return loadSearch().then(function () { return hg.search === stub ? [] : hg.search(q, o); }); };
  if (!hg.search) hg.search = stub;

  // The search box: shown (it is hidden without JavaScript), search.js fetched when it is first used.
  function searchBox() {
    var forms = doc.querySelectorAll("form.search");
    if (!forms.length) return;
    forms.forEach(function (f) {
      f.hidden = false;
      var input = f.querySelector("input[name=q]");
      if (input) ["focus", "input"].forEach(function (ev) { input.addEventListener(ev, function () { loadSearch().catch(function () {}); }, { once: true }); });
    });
    var nojs = doc.querySelector(".search-nojs");
    if (nojs) nojs.hidden = true;
    // "/" focuses the box
    doc.addEventListener("keydown", function (e) {
      var t = e.target;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      var box = doc.querySelector("form.search input[name=q]");
      if (box) { e.preventDefault(); box.focus(); }
    });
  }

  // Root page: send the reader to their preferred language (navigator.languages).
  function chooseLanguage() {
    var list = doc.querySelector("[data-language-chooser]");
    if (!list || location.hash === "#choose") return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a[data-lang]"));
    var tags = links.map(function (a) { return a.getAttribute("data-lang").toLowerCase(); });
    var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""]);
    for (var i = 0; i < wanted.length; i++) {
      var w = String(wanted[i]).toLowerCase();
      var exact = tags.indexOf(w);
      if (exact < 0) {
        // zh-TW and zh-HK read Traditional Chinese; otherwise match on the base language
        if (/^zh-(tw|hk|mo)/.test(w)) exact = tags.indexOf("zh-hant");
        if (exact < 0) {
          var base = w.split("-")[0];
          for (var j = 0; j < tags.length; j++) if (tags[j].split("-")[0] === base) { exact = j; break; }
        }
      }
      if (exact >= 0) { location.replace(links[exact].href); return; }
    }
  }

  // FAQ: opening the page at #question opens that answer.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = doc.getElementById(id);
    var details = el && (el.tagName === "DETAILS" ? el : el.closest("details"));
    if (details && details.classList.contains("faq-item")) { details.open = true; details.scrollIntoView(); }
  }

  function faqTools() {
    var tools = doc.querySelector(".faq-tools");
    if (!tools) return;
    tools.hidden = false;
    tools.addEventListener("click", function (e) {
      var action = e.target.getAttribute && e.target.getAttribute("data-action");
      if (!action) return;
      doc.querySelectorAll(".faq-item").forEach(function (d) { d.open = action === "expand-all"; });
    });
  }

  // Guides: tick steps off, remembered per page in localStorage.
  function guideSteps() {
    var steps = doc.querySelector(".steps");
    if (!steps) return;
    var key = "helpgen:steps:" + (doc.body.getAttribute("data-page") || location.pathname);
    var done = {};
    try { done = JSON.parse(localStorage.getItem(key) || "{}") || {}; } catch (e) { done = {}; }
    var tools = doc.querySelector(".guide-tools");
    var progress = doc.querySelector(".guide-progress");
    var overview = doc.querySelectorAll(".steps-overview li");
    function save() { try { localStorage.setItem(key, JSON.stringify(done)); } catch (e) { /* private mode */ } }
    function update() {
      var count = 0;
      steps.querySelectorAll("input[data-step]").forEach(function (box) {
        var n = box.getAttribute("data-step");
        box.checked = !!done[n];
        box.closest(".step").classList.toggle("done", box.checked);
        if (overview[n - 1]) overview[n - 1].classList.toggle("done", box.checked);
        if (box.checked) count++;
      });
      // every count was rendered with the language's plural rules: pick the one that applies
      if (progress) progress.textContent = progress.getAttribute("data-p" + count) || "";
    }
    steps.querySelectorAll(".step-done").forEach(function (l) { l.hidden = false; });
    if (tools) tools.hidden = false;
    steps.addEventListener("change", function (e) {
      var n = e.target.getAttribute("data-step");
      if (!n) return;
      if (e.target.checked) done[n] = true; else delete done[n];
      save(); update();
    });
    if (tools) tools.addEventListener("click", function (e) {
      var action = e.target.getAttribute && e.target.getAttribute("data-action");
      if (action === "reset-steps") { done = {}; save(); update(); }
      if (action === "print") window.print();
    });
    update();
  }

  // Close the language menu with Escape and when clicking elsewhere.
  function switcher() {
    var d = doc.querySelector(".lang-switcher details");
    if (!d) return;
    doc.addEventListener("keydown", function (e) { if (e.key === "Escape" && d.open) { d.open = false; d.querySelector("summary").focus(); } });
    doc.addEventListener("click", function (e) { if (d.open && !d.contains(e.target)) d.open = false; });
  }

  // "Was this helpful?": posted with fetch (no cookies, no page change); without this script the form
  // posts itself and the receiver sends the reader back. A failed request says so and offers a retry.
  function feedback() {
    doc.querySelectorAll("form[data-feedback]").forEach(function (f) {
      var fields = f.querySelector("fieldset");
      var status = f.querySelector(".feedback-status");
      var failed = f.querySelector(".feedback-failed");
      var answer = null;
      function send() {
        var body = new URLSearchParams();
        new FormData(f).forEach(function (v, k) { if (k !== "return") body.append(k, v); });
        body.set("answer", answer);
        body.set("via", "fetch");
        fields.disabled = true;
        failed.hidden = true;
        status.textContent = f.getAttribute("data-sending");
        fetch(f.action, { method: "POST", body: body, credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" })
          .then(function (r) {
            if (!r.ok) throw new Error("HTTP " + r.status);
            status.textContent = f.getAttribute("data-thanks");
          })
          .catch(function () {
            status.textContent = "";
            fields.disabled = false;
            failed.hidden = false;
          });
      }
      f.addEventListener("submit", function (e) {
        e.preventDefault();
        var b = e.submitter || f.querySelector("button[name=answer]:focus");
        if (!b || !b.value) return;
        answer = b.value;
        send();
      });
      failed.querySelector("[data-action=retry]").addEventListener("click", function () { if (answer) send(); });
    });
  }

  // Offline reading: a built site served over http(s) registers sw.js (kept pages, the language's search
  // index); `helpgen serve` pages (no data-sw) remove a worker an earlier build left on the same address.
  function offline() {
    if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || !hg.base) return;
    var sw = navigator.serviceWorker;
    if (me && me.hasAttribute("data-sw")) {
      var register = function () { sw.register(hg.base + "sw.js").catch(function (e) { console.warn("helpgen: no offline reading:", e); }); };
      if (doc.readyState === "complete") register(); else window.addEventListener("load", register);
    } else if (sw.getRegistrations) {
      sw.getRegistrations().then(function (list) {
        list.forEach(function (r) { if (r.scope === hg.base) r.unregister(); });
      });
    }
  }

  function start() {
    chooseLanguage();
    openTarget();
    faqTools();
    guideSteps();
    switcher();
    feedback();
    searchBox();
    offline();
    window.addEventListener("hashchange", openTarget);
  }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start); else start();
})();
