/* helpgen complaint composer: writes the reader's complaint from a short form, in the page's language.
 * Nothing leaves the browser: no network request; localStorage only when the reader asks to be remembered. */
(function () {
  "use strict";
  var STORE = "helpgen:composer";

  function joinList(items, patterns) {
    if (!items.length) return "";
    var pattern = patterns[Math.min(items.length, patterns.length) - 1];
    return pattern.replace(/\{(\d+)\}/g, function (_, i) { return items[+i] || ""; });
  }

  function fill(template, values) {
    return template.replace(/⟦(\w+)⟧/g, function (_, k) { return values[k] || ""; });
  }

  function localDate(value, lang) {
    if (!value) return "";
    try {
      var parts = value.split("-").map(Number);
      return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
    } catch (e) { return value; }
  }

  function setup(root) {
    var form = root.querySelector(".composer-form");
    var out = root.querySelector(".composer-output");
    var status = root.querySelector(".composer-status");
    var messages = JSON.parse(root.getAttribute("data-messages"));
    var lang = root.getAttribute("data-lang");
    var errors = root.querySelector(".composer-errors");
    form.hidden = false;
    root.querySelector(".composer-nojs").hidden = true;

    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { saved = null; }
    if (saved && saved.name) { form.elements.name.value = saved.name; form.elements.remember.checked = true; }

    function label(el) { return el.closest("label").textContent.trim(); }
    function showError(field, on) {
      var err = root.querySelector("#" + field.id + "-error");
      field.setAttribute("aria-invalid", on ? "true" : "false");
      if (err) err.hidden = !on;
    }

    function compose() {
      var f = form.elements;
      var bad = [];
      [f.order, f.problem].forEach(function (field) {
        var empty = !field.value.trim();
        showError(field, empty);
        if (empty) bad.push(field);
      });
      errors.hidden = bad.length === 0;
      if (bad.length) { bad[0].focus(); return null; }
      // items run on inside a sentence ("photos of the problem and the receipt"), except in languages
      // that capitalize nouns; they are joined with the language's CLDR list pattern (messages.list)
      var keepCase = /^(de|lb)\b/.test(lang);
      var evidence = Array.prototype.filter.call(form.querySelectorAll("input[name=evidence]"), function (b) { return b.checked; })
        .map(label).map(function (t) { return keepCase ? t : t.charAt(0).toLocaleLowerCase(lang) + t.slice(1); });
      var outcome = (form.querySelector("input[name=outcome]:checked") || {}).value || "explanation";
      var values = {
        order: f.order.value.trim(), date: localDate(f.date.value, lang), product: f.product.value.trim(),
        problem: f.problem.options[f.problem.selectedIndex].text, details: f.details.value.trim(),
        evidence: joinList(evidence, messages.list)
      };
      // sentences of one paragraph: Chinese and Japanese put no space after their full stop
      var sep = /^(zh|ja|yue)\b/.test(lang) ? "" : " ";
      var paragraphs = [messages.greeting, fill(messages.order, values)];
      if (values.date) paragraphs[1] += sep + fill(messages.date, values);
      if (values.product) paragraphs[1] += sep + fill(messages.product, values);
      paragraphs.push(fill(messages.problem, values).trim());
      paragraphs.push(fill(messages.outcome[outcome], values));
      paragraphs.push(fill(messages.evidence[Math.min(evidence.length, messages.evidence.length - 1)], values));
      paragraphs.push(messages.closing);
      paragraphs.push(messages.signoff + (f.name.value.trim() ? "\n" + f.name.value.trim() : ""));
      return { subject: fill(messages.subject, values), body: paragraphs.join("\n\n") };
    }

    function remember() {
      try {
        if (form.elements.remember.checked && form.elements.name.value.trim()) localStorage.setItem(STORE, JSON.stringify({ name: form.elements.name.value.trim() }));
        else if (!form.elements.remember.checked) localStorage.removeItem(STORE);
      } catch (e) { /* storage unavailable: nothing is kept */ }
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var msg = compose();
      if (!msg) return;
      remember();
      out.hidden = false;
      var area = out.querySelector(".composer-message");
      area.value = msg.body;
      out.querySelector(".composer-print").textContent = msg.body;
      out.querySelector("[data-action=mail]").href = "mailto:?subject=" + encodeURIComponent(msg.subject) + "&body=" + encodeURIComponent(msg.body);
      out.setAttribute("data-subject", msg.subject);
      area.focus();
    });
    form.elements.remember.addEventListener("change", remember);
    root.addEventListener("click", function (e) {
      var action = e.target.getAttribute && e.target.getAttribute("data-action");
      if (action === "forget") {
        try { localStorage.removeItem(STORE); } catch (err) { /* nothing stored */ }
        form.elements.remember.checked = false;
        form.elements.name.value = "";
        status.textContent = root.getAttribute("data-forgotten");
      } else if (action === "copy") {
        var area = out.querySelector(".composer-message");
        var done = function () { status.textContent = root.getAttribute("data-copied"); };
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(area.value).then(done, function () { area.select(); document.execCommand("copy"); done(); });
        else { area.select(); document.execCommand("copy"); done(); }
      } else if (action === "print") {
        window.print();
      }
    });
  }

  function start() { document.querySelectorAll("[data-composer]").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
