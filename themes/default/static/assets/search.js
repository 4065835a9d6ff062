/* helpgen search client: no dependencies, no WebAssembly, works from file:// and under a sub-path.
 * The tokenizer mirrors src/search/tokenize.rs; both are tested against tests/search/tokenizer-vectors.json.
 * Public API: window.helpgen.search(query, {lang, limit}) -> Promise<[{url, title, page, excerpt, score}]>;
 * the array carries `.correction` when typo-corrected words were used ("did you mean").
 */
(function (global) {
  "use strict";

  // ---- tokenizer (keep in step with src/search/tokenize.rs) ----
  var MAX_TOKEN_CHARS = 40;
  var UNSPACED = [
    [0x2e80, 0x2fdf], [0x3005, 0x3005], [0x3007, 0x3007], [0x3021, 0x3029], [0x3038, 0x303b], [0x3040, 0x30ff],
    [0x31f0, 0x31ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xff66, 0xff9f], [0x20000, 0x3134f],
    [0xac00, 0xd7af], [0x1100, 0x11ff], [0x3130, 0x318f],
    [0x0e00, 0x0e7f], [0x0e80, 0x0eff], [0x1780, 0x17ff], [0x1000, 0x109f]
  ];
  var WORD = /^[\p{Alphabetic}\p{N}\p{M}]$/u;
  var JOINERS = "'\u2019-\u2010\u2011";
  var FOLD_MAP = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th",
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и" };

  function isUnspaced(ch) {
    var cp = ch.codePointAt(0);
    for (var i = 0; i < UNSPACED.length; i++) if (cp >= UNSPACED[i][0] && cp <= UNSPACED[i][1]) return true;
    return false;
  }
  function isWord(ch) { return WORD.test(ch); }

  function fold(s) {
    var stripped = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
    var out = "";
    for (var ch of stripped) out += FOLD_MAP[ch] || ch;
    return out;
  }

  function tokenize(text, mode) {
    var norm = Array.from(String(text).normalize("NFKC").toLowerCase());
    var out = [];
    var i = 0;
    function pushWord(w) {
      if (!w || Array.from(w).length > MAX_TOKEN_CHARS) return;
      var term = fold(w);
      if (!term) return; // a lone diacritic folds to nothing
      out.push({ term: term, exact: w, cjk: false });
    }
    while (i < norm.length) {
      var c = norm[i];
      if (isUnspaced(c)) {
        var start = i;
        while (i < norm.length && isUnspaced(norm[i])) i++;
        var run = norm.slice(start, i);
        if (run.length === 1) { out.push({ term: run[0], exact: run[0], cjk: true }); continue; }
        for (var k = 0; k + 1 < run.length; k++) out.push({ term: run[k] + run[k + 1], exact: run[k] + run[k + 1], cjk: true });
        if (mode === "index") for (var m = 0; m < run.length; m++) out.push({ term: run[m], exact: run[m], cjk: true });
      } else if (isWord(c)) {
        var parts = [""];
        while (i < norm.length) {
          var d = norm[i];
          if (isWord(d) && !isUnspaced(d)) { parts[parts.length - 1] += d; i++; }
          else if (JOINERS.indexOf(d) >= 0 && i + 1 < norm.length && isWord(norm[i + 1]) && !isUnspaced(norm[i + 1])) { parts.push(""); i++; }
          else break;
        }
        parts.forEach(pushWord);
        if (parts.length > 1) pushWord(parts.join(""));
      } else {
        i++;
      }
    }
    return out;
  }

  // ---- index access ----
  function prefix2(key) { return Array.from(key).slice(0, 2).join(""); }
  function shardOf(key, shards) {
    var p = prefix2(key);
    var h = 0x811c9dc5;
    for (var i = 0; i < p.length; i++) { h ^= p.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h % shards;
  }

  var cache = {};
  var waiting = {};
  // Index files call this global; see src/search/mod.rs.
  global.__helpgenSearch = function (key, data) {
    cache[key] = data;
    (waiting[key] || []).forEach(function (w) { w.resolve(data); });
    delete waiting[key];
  };

  var api = global.helpgen = global.helpgen || {};
  // How a file is fetched; the browser injects a <script>, tests replace this.
  api.loader = api.loader || function (key) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = api.base + "search/" + key + ".js";
      s.async = true;
      s.onerror = function () { reject(new Error("cannot load " + s.src)); };
      (waiting[key] = waiting[key] || []).push({ resolve: resolve });
      document.head.appendChild(s);
    });
  };
  function load(key) {
    if (cache[key]) return Promise.resolve(cache[key]);
    if (!api._pending) api._pending = {};
    if (!api._pending[key]) api._pending[key] = api.loader(key).then(function (d) { return cache[key] || d; });
    return api._pending[key];
  }

  // Damerau-Levenshtein (optimal string alignment) with an early exit above `max`.
  function editDistance(a, b, max) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var v = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, prev2[k - 2] + 1);
        cur[k] = v;
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  function shardsFor(tok, meta) {
    var keys = [tok.term];
    var ch = Array.from(tok.term);
    if (!tok.cjk && ch.length >= 5) {
      keys.push(ch.slice(1).join(""), ch[0] + ch.slice(2).join(""), ch[1] + ch[0] + ch.slice(2).join(""), ch[0] + ch[2] + ch[1] + ch.slice(3).join(""));
    }
    var seen = {};
    return keys.map(function (k) { return shardOf(k, meta.shards); }).filter(function (s) { return seen[s] ? false : (seen[s] = true); });
  }

  function get(shards, kind, key) {
    for (var i = 0; i < shards.length; i++) {
      var table = shards[i][kind];
      if (table && Object.prototype.hasOwnProperty.call(table, key)) return table[key];
    }
    return null;
  }

  // Words one typo away whose entries live in other shards (found through deletion keys).
  function typoCandidates(tok, shards) {
    var ch = Array.from(tok.term);
    if (tok.cjk || ch.length < 5) return [];
    // the word without its 1st or 2nd letter, with them swapped, or with the 2nd and 3rd swapped: the
    // typos that change the two letters a shard is chosen by
    var variants = [ch.slice(1).join(""), ch[0] + ch.slice(2).join(""), ch[1] + ch[0] + ch.slice(2).join(""), ch[0] + ch[2] + ch[1] + ch.slice(3).join("")];
    var out = (get(shards, "d", tok.term) || []).slice();
    variants.forEach(function (v) { out.push(v); (get(shards, "d", v) || []).forEach(function (k) { out.push(k); }); });
    return out;
  }

  // Every way a query token can match: [{key, postings, weight, how}]
  function matchesFor(tok, shards, isLast) {
    var out = [];
    var term = tok.term;
    var len = Array.from(term).length;
    var exact = get(shards, "t", term);
    if (exact) out.push({ key: term, postings: exact, weight: 1, how: "exact" });
    if (exact && tok.exact !== term) {
      var x = get(shards, "x", tok.exact);
      if (x) out.push({ key: tok.exact, postings: x, weight: 0.3, how: "accent" });
    }
    if (tok.cjk) return out;
    var home = shards[0];
    // word variants: the stem group of a known word, or the longest known stem/term the word starts with
    var stem = get(shards, "s", term);
    if (stem && get(shards, "g", stem)) out.push({ key: stem, postings: get(shards, "g", stem), weight: 0.8, how: "stem" });
    if (!exact && len >= 5) {
      var bestKey = null, bestKind = null;
      ["g", "t"].forEach(function (kind) {
        Object.keys(home[kind] || {}).forEach(function (k) {
          var kl = Array.from(k).length;
          if (kl >= 4 && kl < len && len - kl <= 4 && term.indexOf(k) === 0 && (!bestKey || kl > Array.from(bestKey).length)) { bestKey = k; bestKind = kind; }
        });
      });
      if (bestKey) out.push({ key: bestKey, postings: home[bestKind][bestKey], weight: 0.7, how: "guess" });
    }
    // prefixes: the word as typed so far, or a short form of a longer word
    if ((isLast && len >= 2) || len >= 4) {
      var pre = [];
      Object.keys(home.t || {}).forEach(function (k) { if (k !== term && k.indexOf(term) === 0) pre.push(k); });
      pre.sort(function (a, b) { return home.t[b].length - home.t[a].length || (a < b ? -1 : 1); });
      pre.slice(0, 30).forEach(function (k) {
        out.push({ key: k, postings: home.t[k], weight: 0.6 * len / Array.from(k).length, how: "prefix" });
      });
    }
    // typos: one edit from 5 letters, two from 8, in any position
    if (!exact && len >= 5) {
      var max = len >= 8 ? 2 : 1;
      var found = {};
      var consider = function (k) {
        if (found[k] || k === term) return;
        var t = get(shards, "t", k);
        var dist = t ? editDistance(term, k, max) : max + 1;
        if (dist <= max) {
          found[k] = true;
          out.push({ key: k, postings: t, weight: dist === 1 ? 0.45 : 0.3, how: "typo", dist: dist });
          // and the corrected word's other forms
          var st = get(shards, "s", k), g = st && get(shards, "g", st);
          if (g) out.push({ key: st, postings: g, weight: 0.35, how: "typo", dist: dist + 0.5 });
        }
      };
      shards.forEach(function (sh) { Object.keys(sh.t || {}).forEach(function (k) { if (prefix2(k) === prefix2(term)) consider(k); }); });
      typoCandidates(tok, shards).forEach(consider);
    }
    return out;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
  }

  // The record's text around the first match, matched words in <mark>.
  function excerpt(text, keys) {
    var words = text.split(/(\s+)/);
    var first = -1;
    var html = words.map(function (w, i) {
      if (!w.trim()) return w;
      var toks = tokenize(w, "index");
      var hit = toks.some(function (t) {
        return keys.some(function (k) { return t.term === k || (k.length >= 2 && !t.cjk && t.term.indexOf(k) === 0); });
      });
      if (hit && first < 0) first = i;
      return hit ? "<mark>" + escapeHtml(w) + "</mark>" : escapeHtml(w);
    });
    if (first > 12) html = ["…"].concat(html.slice(first - 10));
    return html.join("");
  }

  // The page an entry belongs to: meta.p lists how many entries each page has, in entry order.
  function pageOf(meta, id) {
    if (!meta._starts) {
      meta._starts = [];
      var at = 0;
      (meta.p || []).forEach(function (n) { meta._starts.push(at); at += n; });
    }
    var lo = 0, hi = meta._starts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (meta._starts[mid] <= id) lo = mid; else hi = mid - 1; }
    return lo;
  }

  api.tokenize = tokenize;
  api.fold = fold;
  api.editDistance = editDistance;

  api.search = function (query, opts) {
    opts = opts || {};
    var lang = String(opts.lang || (global.document && document.documentElement.lang) || "en").toLowerCase();
    var limit = opts.limit || 10;
    var toks = tokenize(query, "query");
    var uniq = [], seen = {};
    toks.forEach(function (t) { if (!seen[t.term]) { seen[t.term] = true; uniq.push(t); } });
    if (!uniq.length) return Promise.resolve([]);
    return load(lang + "/meta").then(function (meta) {
      var loadSet = function (ids) { return Promise.all(ids.map(function (s) { return load(lang + "/t-" + s); })); };
      return Promise.all(uniq.map(function (t) { return loadSet(shardsFor(t, meta)); })).then(function (sets) {
        // second round: the shards of typo candidates found through deletion keys
        return Promise.all(uniq.map(function (t, i) {
          var have = {};
          shardsFor(t, meta).forEach(function (s) { have[s] = true; });
          var more = [];
          typoCandidates(t, sets[i]).forEach(function (k) { var s = shardOf(k, meta.shards); if (!have[s]) { have[s] = true; more.push(s); } });
          return loadSet(more).then(function (extra) { return sets[i].concat(extra); });
        }));
      }).then(function (shardSets) {
        var scores = {}, covered = {}, keysUsed = [], corrections = [], anyDirect = false, totalIdf = 0;
        var idfOf = function (df) { return Math.log(1 + (meta.n - df + 0.5) / (df + 0.5)); };
        uniq.forEach(function (tok, ti) {
          var matches = matchesFor(tok, shardSets[ti], ti === uniq.length - 1);
          var best = {};
          // how much this word counts: rare words more than common ones, missing words the most
          var tokIdf = matches.length ? idfOf(matches[0].postings.length / 2) : idfOf(0);
          totalIdf += tokIdf;
          var direct = matches.some(function (m) { return m.how !== "typo" && m.how !== "guess"; });
          if (direct) anyDirect = true;
          var typo = matches.filter(function (m) { return m.how === "typo"; })
            .sort(function (a, b) { return a.dist - b.dist || b.postings.length - a.postings.length || (a.key < b.key ? -1 : 1); })[0];
          corrections.push(!direct && typo ? typo.key : tok.exact);
          matches.forEach(function (m) {
            keysUsed.push(m.key);
            var df = m.postings.length / 2;
            var idf = idfOf(df);
            var id = 0;
            for (var p = 0; p < m.postings.length; p += 2) {
              id += m.postings[p];
              var w = m.postings[p + 1];
              var flags = w & 3;
              var s = m.weight * idf * ((w >> 2) / 10) * (1 + 1.5 * (flags & 1) + 0.5 * ((flags >> 1) & 1));
              if (!best[id] || s > best[id]) best[id] = s;
            }
          });
          Object.keys(best).forEach(function (id) {
            scores[id] = (scores[id] || 0) + best[id];
            covered[id] = (covered[id] || 0) + tokIdf;
          });
        });
        var ids = Object.keys(scores).map(Number);
        ids.forEach(function (id) { var cov = covered[id] / totalIdf; scores[id] *= cov * cov; });
        ids.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
        // at most two entries of one page, so that the top results are different pages
        var perPage = {}, kept = [];
        for (var r = 0; r < ids.length && kept.length < limit; r++) {
          var pg = pageOf(meta, ids[r]);
          perPage[pg] = (perPage[pg] || 0) + 1;
          if (perPage[pg] <= 2) kept.push(ids[r]);
        }
        ids = kept;
        var chunks = {};
        ids.forEach(function (id) { chunks[Math.floor(id / meta.chunk)] = true; });
        return Promise.all(Object.keys(chunks).map(function (c) { return load(lang + "/d-" + c); })).then(function () {
          var results = ids.map(function (id) {
            var rec = cache[lang + "/d-" + Math.floor(id / meta.chunk)][id % meta.chunk];
            return {
              url: (api.base || "") + rec[0],
              title: rec[1],
              page: rec[2],
              excerpt: excerpt(rec[3], keysUsed),
              score: Math.round(scores[id] * 1000) / 1000
            };
          });
          var corrected = corrections.join(" ");
          if (results.length && !anyDirect && corrected !== uniq.map(function (t) { return t.exact; }).join(" ")) results.correction = corrected;
          return results;
        });
      });
    });
  };

  // ---- the search box (only in a browser) ----
  if (typeof document === "undefined") return;
  var me = document.currentScript;
  api.base = api.base || (me ? me.src.replace(/assets\/search\.js(\?.*)?$/, "") : "");

  function setup(form) {
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector("[role=listbox]");
    var status = form.querySelector(".search-status");
    var empty = form.querySelector(".search-empty");
    var lang = form.getAttribute("data-lang");
    var active = -1, timer = null, seq = 0;
    form.hidden = false;
    var fallback = document.querySelector(".search-nojs");
    if (fallback) fallback.hidden = true;

    function options() { return list.querySelectorAll("[role=option]"); }
    function setActive(i) {
      var opts = options();
      if (!opts.length) return;
      active = (i + opts.length) % opts.length;
      opts.forEach(function (o, j) { o.setAttribute("aria-selected", j === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", opts[active].id);
      opts[active].scrollIntoView({ block: "nearest" });
    }
    function close() {
      list.hidden = true; list.innerHTML = ""; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      if (empty) empty.hidden = true;
    }
    function count(n) {
      return form.getAttribute("data-count-" + Math.min(n, 10)) || String(n);
    }
    function render(q, results) {
      list.innerHTML = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      var note = "";
      if (results.correction) note = (form.getAttribute("data-dym") || "%s").replace("%s", results.correction);
      results.forEach(function (r, i) {
        // the option is the link itself (an option holding a link would nest interactive controls)
        var li = document.createElement("li");
        li.setAttribute("role", "none");
        li.innerHTML = '<a role="option" id="' + form.id + "-opt-" + i + '" aria-selected="false" href="' + escapeHtml(r.url) + '" tabindex="-1"><span class="result-title">' + escapeHtml(r.title) + "</span>" +
          (r.page ? '<span class="result-page">' + escapeHtml(r.page) + "</span>" : "") +
          '<span class="result-excerpt">' + r.excerpt + "</span></a>";
        // keep the focus in the box while the pointer is down; the click then follows the link itself
        li.addEventListener("mousedown", function (e) { e.preventDefault(); });
        list.appendChild(li);
      });
      list.hidden = !results.length;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
      status.textContent = (note ? note + " " : "") + count(results.length);
      if (empty) {
        empty.hidden = results.length > 0;
        var none = empty.querySelector(".search-none");
        if (none) none.textContent = (none.getAttribute("data-template") || "%s").replace("%s", q);
      }
    }
    function run() {
      var q = input.value.trim();
      if (!q) { close(); status.textContent = ""; return; }
      var mine = ++seq;
      api.search(q, { lang: lang, limit: 10 }).then(function (results) { if (mine === seq) render(q, results); })
        .catch(function (e) { status.textContent = String(e.message || e); });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); if (list.hidden) run(); else setActive(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); setActive(active - 1); }
      else if (e.key === "Escape") { if (!list.hidden || (empty && !empty.hidden)) { e.preventDefault(); close(); } else { input.value = ""; } }
      else if (e.key === "Enter") {
        var opts = options();
        var target = opts[active >= 0 ? active : 0];
        if (target) { e.preventDefault(); location.href = target.href; }
      }
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    input.addEventListener("blur", function () { setTimeout(function () { if (document.activeElement !== input) { list.hidden = true; input.setAttribute("aria-expanded", "false"); } }, 150); });
    input.addEventListener("focus", function () { if (list.children.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } });
  }

  function start() {
    document.querySelectorAll("form.search").forEach(setup);
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      var box = document.querySelector("form.search input[name=q]");
      if (box) { e.preventDefault(); box.focus(); }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})(typeof window !== "undefined" ? window : globalThis);
