/* helpgen search client: no dependencies, no WebAssembly, works from file:// and under a sub-path.
 * helpgen.js loads it on first use of the search box (or the first call of helpgen.search).
 * The tokenizer mirrors src/search/tokenize.rs; both are tested against tests/search/tokenizer-vectors.json.
 * API: helpgen.search(query, {lang, limit}) -> Promise<[{url, title, titleHtml, page, excerpt, score}]>,
 * with `.correction` when typo-corrected words were used ("did you mean") and `.partial` when no entry
 * has all of the query's content words (the results have most of them; the box says so).
 */
(function (global) {
"use strict";

// tokenizer: as src/search/tokenize.rs
var MAX_TOKEN_CHARS = 40;
var UNSPACED = /^[\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{3134f}\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]$/u;
var WORD = /^[\p{Alphabetic}\p{N}\p{M}]$/u;
var JOINERS = "'\u2019-\u2010\u2011";
var FOLD_MAP = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th",
  "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и" };

function isUnspaced(ch) { return UNSPACED.test(ch); }
function isWord(ch) { return WORD.test(ch); }
// a heading's anchor, as heading_slug in src/search/mod.rs
function slug(t) {
  var o = "", d = 0;
  for (var c of t) if (isWord(c)) { o += (d && o ? "-" : "") + c.toLowerCase(); d = 0; } else d = 1;
  return o;
}

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

// index files: as described in src/search/mod.rs
var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_", VAL = {};
for (var dg = 0; dg < 64; dg++) VAL[DIGITS[dg]] = dg;
function varints(s) {
  var out = [], v = 0;
  for (var i = 0; i < s.length; i++) { var x = VAL[s[i]]; v = v * 32 + (x & 31); if (x < 32) { out.push(v); v = 0; } }
  return out;
}
// "(gap * 16 + level)..." or "!" level bitmap -> [id, level, id, level, ...]
function postings(s) {
  var out = [], id = 0, v = 0, i, x;
  if (s[0] === "!") {
    for (i = 2; i < s.length; i++) for (x = 0; x < 6; x++) if (VAL[s[i]] >> x & 1) out.push(i * 6 + x - 12, VAL[s[1]]);
    return out;
  }
  for (i = 0; i < s.length; i++) {
    x = VAL[s[i]];
    v = v * 32 + (x & 31);
    if (x < 32) { id += v >> 4; out.push(id, v & 15); v = 0; }
  }
  return out;
}
function hashMod(s, n) {
  var h = 0x811c9dc5;
  for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h % n;
}
function chars(s) { return Array.from(s); }
function prefix2(k) { var c = chars(k); return c.slice(0, isUnspaced(c[0] || "") ? 1 : 2).join(""); }
function uniq(a) { return a.filter(function (x, i) { return a.indexOf(x) === i; }); }

var cache = {};
var waiting = {};
// Index files call this global; see src/search/mod.rs.
global.__helpgenSearch = function (key, data) {
  cache[key] = data;
  (waiting[key] || []).forEach(function (w) { w(data); });
  delete waiting[key];
};

var api = global.helpgen = global.helpgen || {};
// How a file is fetched (tests replace this): over http(s) fetch() and JSON.parse of the call's
// argument (no script to compile and run: 0.5-1.5 ms less per file); from file://, where fetch() is
// refused, a <script> element.
api.loader = api.loader || function (key) {
  var url = api.base + "search/" + key + ".js";
  if (/^https?:$/.test(location.protocol)) return fetch(url).then(function (r) {
    if (!r.ok) throw new Error("cannot load " + url);
    return r.text();
  }).then(function (t) { return JSON.parse(t.slice(17 + JSON.stringify(key).length, t.lastIndexOf(")"))); });
  return new Promise(function (resolve, reject) {
    var s = document.createElement("script");
    s.src = url;
    s.onerror = function () { reject(new Error("cannot load " + url)); };
    (waiting[key] = waiting[key] || []).push(resolve);
    document.head.appendChild(s);
  });
};
var pending = {};
function load(key) {
  if (cache[key]) return Promise.resolve(cache[key]);
  if (!pending[key]) pending[key] = api.loader(key).then(function (d) { return (cache[key] = cache[key] || d); });
  return pending[key];
}

// The vocabulary shard of a word: its first two letters choose it.
async function shard(lang, meta, key) {
  var sh = await load(lang + "/t-" + hashMod(prefix2(key), meta.s));
  if (!sh.words) {
    sh.words = sh.w ? sh.w.split(" ") : [];
    sh.p = sh.p.split(" ");
    sh.at = {}; sh.grp = {}; sh.dec = {};
    sh.words.forEach(function (w, i) { sh.at[w] = i; });
    (sh.g || []).forEach(function (g) { g.forEach(function (i) { sh.grp[i] = g; }); });
  }
  return sh;
}
// The postings of a match where its shard has them (not in a q- file); false when they are in one.
function inline(m) {
  var sh = m.sh, i = m.i;
  if (!m.postings && sh.p[i][0] !== "~") m.postings = sh.dec[i] = sh.dec[i] || postings(sh.p[i]);
  return !!m.postings;
}
// The postings of a match: inline in its shard, or in the q- file named there.
async function resolve(lang, m) {
  if (inline(m)) return;
  var sh = m.sh, i = m.i;
  if (!sh.dec[i]) sh.dec[i] = postings((await load(lang + "/q-" + sh.p[i].slice(1)))[sh.words[i]]);
  m.postings = sh.dec[i];
}

// Damerau-Levenshtein (optimal string alignment), early exit above `max`.
function editDistance(a, b, max) {
  a = chars(a); b = chars(b);
  if (Math.abs(a.length - b.length) > max) return max + 1;
  var prev2 = null, prev = [], cur;
  for (var j = 0; j <= b.length; j++) prev[j] = j;
  for (var i = 1; i <= a.length; i++) {
    cur = [i];
    var best = i;
    for (var k = 1; k <= b.length; k++) {
      var v = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
      if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, prev2[k - 2] + 1);
      cur[k] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev; prev = cur;
  }
  return prev[b.length];
}
function lcp(a, b) { var i = 0; while (i < a.length && a[i] === b[i]) i++; return i; }

// A compound the index does not have (languages with meta.k, as src/search/compounds.rs): the
// longest head of four letters or more that is a word of its shard followed by a tail that is a
// word too (after a linking s or e, or not), as two query words; a known head before an unknown
// tail, beside the word as typed. Other words (and typos) stay as they are.
async function splitCompounds(lang, meta, toks) {
  if (!meta.k) return toks;
  var out = [];
  for (var t = 0; t < toks.length; t++) {
    var tok = toks[t], ch = chars(tok.term), parts = null, longest = null;
    if (!tok.cjk && ch.length >= 8 && /^\p{L}+$/u.test(tok.term)) {
      var home = await shard(lang, meta, tok.term);
      if (home.at[tok.term] === undefined) {
        for (var at = ch.length - 4; at >= 4 && !parts; at--) {
          var head = ch.slice(0, at).join("");
          if (home.at[head] === undefined) continue;
          // alone (unknown tail) only a head of five letters or more and at least half the word:
          // a short head is more often a typo's start (kodëlgat: kode)
          if (!longest && at >= 5 && 2 * at >= ch.length) longest = head;
          var tail = ch.slice(at).join(""), rest = chars(tail).slice(1).join("");
          if ((await shard(lang, meta, tail)).at[tail] !== undefined) parts = [head, tail];
          else if (/^[se]/.test(tail) && chars(rest).length >= 4 && (await shard(lang, meta, rest)).at[rest] !== undefined) parts = [head, rest];
        }
      }
    }
    // a known head before an unknown tail: the head, and the word as typed (perhaps a typo)
    if (!parts && longest) parts = [longest, tok];
    (parts || [tok]).forEach(function (p) { out.push(typeof p === "string" ? { term: p, exact: p, cjk: false } : p); });
  }
  return out;
}

// Every way a query token can match: [{sh, i, key, weight, how, dist}] (postings resolved later) as far
// as its own shard tells; `.more`: a promise that adds the matches of the typo shards and other shards.
async function matchesFor(lang, meta, tok, isLast) {
  var term = tok.term, ch = chars(term), len = ch.length, out = [];
  var home = await shard(lang, meta, term);
  var i = home.at[term], exact = i !== undefined;
  var group = exact && home.grp[i] || [];
  // members of a stem group share the group's idf (`tag`)
  function add(sh, j, weight, how, dist, tag) { out.push({ sh: sh, i: j, key: sh.words[j], weight: weight, how: how, dist: dist, tag: tag }); }
  if (exact) {
    add(home, i, 1, "exact", 0, tok.cjk && term);
    var x = home.x && home.x[tok.exact];
    if (tok.exact !== term && x) out.push({ key: tok.exact, postings: postings(x), weight: 0.3, how: "accent" });
  }
  // one character: also the bigrams it starts (its own term lists only the other entries)
  if (tok.cjk) {
    if (len === 1) home.words.forEach(function (w, j) { if (w !== term && w.indexOf(term) === 0) add(home, j, 1, "exact", 0, term); });
    return out;
  }
  // word variants: the stem group of a known word
  group.forEach(function (j) { add(home, j, j === i ? 0 : 0.8, "stem", 0, term); });
  // when the word is in the index, other forms of it need no long lists (q- files)
  function cheap(j) { return !exact || home.p[j][0] !== "~"; }
  // prefixes: the word as typed so far, or a short form of a longer word
  if ((isLast && len >= 2) || len >= 4) {
    var size = function (j) { var p = home.p[j]; return p[0] !== "~" ? p.length : 1e9; };
    home.words.map(function (w, j) { return w !== term && w.indexOf(term) === 0 && cheap(j) ? j : -1; })
      .filter(function (j) { return j >= 0; })
      .sort(function (a, b) { return size(b) - size(a) || a - b; })
      .slice(0, 30)
      .forEach(function (j) { add(home, j, 0.6 * len / chars(home.words[j]).length, "prefix"); });
  }
  // other forms: a word that differs only in an ending of up to four letters (ескек, ескектің)
  if (len >= 4) home.words.forEach(function (w, j) {
    var l = lcp(term, w);
    if (l >= 4 && l < term.length && term.length - l <= 4 && w.length - l <= 4 && group.indexOf(j) < 0 && cheap(j))
      add(home, j, (exact ? 0.35 : 0.7) * l / Math.max(term.length, w.length), "guess");
  });
  // typos: one edit from 5 letters, two from 8, in any position
  if (!exact && len >= 5) {
    var max = len >= 8 ? 2 : 1, found = {};
    var consider = function (sh) {
      sh.words.forEach(function (w, j) {
        if (found[w] || Math.abs(w.length - term.length) > max) return;
        var dist = editDistance(term, w, max);
        if (dist > max) return;
        found[w] = 1;
        add(sh, j, dist === 1 ? 0.45 : 0.3, "typo", dist);
        // and the corrected word's other forms
        (sh.grp[j] || []).forEach(function (k) { add(sh, k, k === j ? 0 : 0.35, "typo", dist + 0.5, w); });
      });
    };
    consider(home);
    // a typo in the first two letters: the 2nd and 3rd swapped back, or the typo shards of the
    // 3rd-4th letters (2nd-3rd after a deletion, 4th-5th after an insertion)
    var cands = [ch[0] + ch[2] + ch[1] + ch.slice(3).join("")];
    out.more = (async function () {
      if (meta.y) {
        var ys = await Promise.all(uniq([[2, 4], [1, 3], [3, 5]].map(function (r) { return hashMod(ch.slice(r[0], r[1]).join(""), meta.y); }))
          .map(function (n) { return load(lang + "/y-" + n); }));
        ys.forEach(function (y) {
          y.split(" ").forEach(function (w) { if (prefix2(w) !== prefix2(term) && editDistance(term, w, max) <= max) cands.push(w); });
        });
      }
      var others = await Promise.all(uniq(cands.map(prefix2)).filter(function (p) { return p !== prefix2(term); })
        .map(function (p) { return shard(lang, meta, p); }));
      uniq(others).forEach(function (sh) { if (sh !== home) consider(sh); });
    })();
    out.more.catch(function () {}); // reported where the search awaits it
  }
  return out;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
}

// The passage of a record's text around its first matched word, PASSAGE wide (a Chinese, Japanese
// or Korean character counts two, as in src/search/mod.rs), matched words in <mark>. Unspaced text
// is cut and marked character by character.
var PASSAGE = 72;
function excerpt(text, keys, wide) {
  var max = wide || PASSAGE, pieces = [];
  text.split(/(\s+)/).forEach(function (w) {
    if (!w) return;
    var cs = chars(w);
    if (!w.trim() || !cs.some(isUnspaced)) {
      var hit = !!w.trim() && tokenize(w, "index").some(function (t) {
        return keys.some(function (k) { return t.term === k || (k.length >= 2 && !t.cjk && t.term.indexOf(k) === 0); });
      });
      pieces.push({ s: w, hit: hit, w: cs.length });
      return;
    }
    var low = chars(w.normalize("NFKC").toLowerCase()), marked = {};
    if (low.length !== cs.length) low = cs;
    keys.forEach(function (k) {
      var kc = chars(k);
      if (!kc.length || !isUnspaced(kc[0])) return;
      for (var i = 0; i + kc.length <= low.length; i++) {
        if (low.slice(i, i + kc.length).join("") === k) for (var j = 0; j < kc.length; j++) marked[i + j] = 1;
      }
    });
    cs.forEach(function (c, i) { pieces.push({ s: c, hit: !!marked[i], w: isUnspaced(c) ? 2 : 1 }); });
  });
  var first = pieces.findIndex(function (p) { return p.hit; }), start = 0, end = 0, width = 0;
  if (first > 0) {
    // some context before the match: up to a third of the width
    start = first;
    while (start > 0 && width + pieces[start - 1].w <= max / 3) { start--; width += pieces[start].w; }
    while (start < first && !pieces[start].s.trim()) start++;
  }
  width = 0; end = start;
  while (end < pieces.length && (width + pieces[end].w <= max || end === start)) { width += pieces[end].w; end++; }
  var html = pieces.slice(start, end).map(function (p) { return p.hit ? "<mark>" + escapeHtml(p.s) + "</mark>" : escapeHtml(p.s); }).join("");
  if (end < pieces.length) html = html.replace(/\s+$/, "") + "…";
  return (start > 0 ? "…" : "") + html;
}

// The page of an entry (meta.p: entries per page).
function pageOf(meta, id) {
  var lo = 0, hi = meta.starts.length - 1;
  while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (meta.starts[mid] <= id) lo = mid; else hi = mid - 1; }
  return lo;
}
function prepare(meta) {
  if (meta.starts) return meta;
  var at = 0;
  meta.starts = varints(meta.p).map(function (n) { var s = at; at += n; return s; });
  meta.file = [];
  varints(meta.c).forEach(function (n, c) { for (var k = 0; k < n; k++) meta.file.push([c, k]); });
  return meta;
}

// How much each query word counts beside its idf: a function word of the language (meta.sw) almost
// nothing; in a language without a list, a word in a fifth of the entries or more the same (in a
// help centre about refunds, "refund" is in a quarter of the entries: a list decides there).
// Never all the words of a query: then the content words count as usual.
var LIGHT = 0.05;
function lightness(meta, toks, all) {
  if (!meta.stop) { meta.stop = {}; (meta.sw ? meta.sw.split(" ") : []).forEach(function (w) { meta.stop[w] = 1; }); }
  var stop = toks.map(function (tok) { return !!meta.stop[tok.term]; });
  var light = meta.sw ? stop : toks.map(function (tok, ti) {
    var own = all[ti].filter(function (m) { return m.how === "exact" && m.key === tok.term && m.postings; })[0];
    return !!own && meta.n >= 20 && own.postings.length / 2 > meta.n / 5;
  });
  var none = function (l) { return l.every(Boolean); };
  return !none(light) ? light : !none(stop) ? stop : light.map(function () { return false; });
}

// The best `limit` entries of the tokens' matches (postings resolved), at most two of one page.
// `partial`: no entry has all of the query's content words (the results are those with most).
function rank(meta, toks, all, limit) {
  var scores = {}, covered = {}, full = {}, keysUsed = [], corrections = [], anyDirect = false, totalIdf = 0;
  var idfOf = function (df) { return Math.log(1 + (meta.n - df + 0.5) / (df + 0.5)); };
  var light = lightness(meta, toks, all), content = light.filter(function (l) { return !l; }).length;
  toks.forEach(function (tok, ti) {
    var matches = all[ti], best = {}, factor = light[ti] ? LIGHT : 1;
    // how much a word counts: rare words more, missing words the most
    var tokIdf = idfOf(matches.length ? matches[0].postings.length / 2 : 0) * factor;
    totalIdf += tokIdf;
    var direct = matches.some(function (m) { return m.how !== "typo" && m.how !== "guess"; });
    if (direct) anyDirect = true;
    var typo = matches.filter(function (m) { return m.how === "typo"; })
      .sort(function (a, b) { return a.dist - b.dist || b.postings.length - a.postings.length || (a.key < b.key ? -1 : 1); })[0];
    corrections.push(!direct && typo ? typo.key : tok.exact);
    var union = {};
    matches.forEach(function (m) { if (m.tag) for (var k = 0; k < m.postings.length; k += 2) (union[m.tag] = union[m.tag] || {})[m.postings[k]] = 1; });
    matches.forEach(function (m) {
      // marked in the excerpt: all but the function words
      if (!light[ti] || !meta.stop[tok.term]) keysUsed.push(m.key);
      var p = m.postings, idf = idfOf(m.tag ? Object.keys(union[m.tag]).length : p.length / 2);
      for (var k = 0; k < p.length; k += 2) {
        var s = m.weight * factor * idf * 0.25 * Math.pow(1.25, p[k + 1]);
        if (!best[p[k]] || s > best[p[k]]) best[p[k]] = s;
      }
    });
    Object.keys(best).forEach(function (id) {
      scores[id] = (scores[id] || 0) + best[id];
      covered[id] = (covered[id] || 0) + tokIdf;
      if (!light[ti]) full[id] = (full[id] || 0) + 1;
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
  var partial = content > 1 && kept.length > 0 && !ids.some(function (id) { return full[id] === content; });
  return { kept: kept, scores: scores, keysUsed: keysUsed, corrections: corrections, anyDirect: anyDirect, partial: partial };
}

api.tokenize = tokenize;

api.search = async function (query, opts) {
  opts = opts || {};
  var lang = String(opts.lang || (global.document && document.documentElement.lang) || "en").toLowerCase();
  var limit = opts.limit || 10;
  var seen = {};
  // Chinese characters the index lacks, replaced by their variants in it (z.js, see
  // src/search/variants.rs), for a query with Han characters
  if (/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u.test(query)) {
    var zmeta = prepare(await load(lang + "/meta"));
    if (zmeta.z && !zmeta.zmap) {
      var zc = chars(await load(lang + "/z")), zmap = {};
      for (var zi = 0; zi + 1 < zc.length; zi += 2) zmap[zc[zi]] = zc[zi + 1];
      zmeta.zmap = zmap;
    }
    if (zmeta.zmap) query = chars(String(query)).map(function (c) { return zmeta.zmap[c] || c; }).join("");
  }
  var toks = tokenize(query, "query").filter(function (t) { return seen[t.term] ? false : (seen[t.term] = true); });
  if (!toks.length) return [];
  var meta = prepare(await load(lang + "/meta"));
  toks = await splitCompounds(lang, meta, toks);
  var all = await Promise.all(toks.map(function (t, i) { return matchesFor(lang, meta, t, i === toks.length - 1); }));
  var flat = function () { return [].concat.apply([], all); };
  var record = function (id) { return lang + "/d-" + meta.file[pageOf(meta, id)][0]; };
  var later = flat().filter(function (m) { return !inline(m); }).length; // inline() for all of them
  if (later || all.some(function (ms) { return ms.more; })) {
    // while long postings lists or typo shards load, the records of the results found so far (one round fewer)
    rank(meta, toks, all.map(function (ms) { return ms.filter(function (m) { return m.postings; }); }), limit).kept
      .forEach(function (id) { load(record(id)).catch(function () {}); });
    await Promise.all(all.map(function (ms) { return ms.more; }));
    await Promise.all(flat().map(function (m) { return resolve(lang, m); }));
  }
  var ranked = rank(meta, toks, all, limit), kept = ranked.kept, scores = ranked.scores, keysUsed = ranked.keysUsed;
  await Promise.all(uniq(kept.map(record)).map(load));
  var results = kept.map(function (id) {
    var pg = pageOf(meta, id), f = meta.file[pg];
    var page = cache[lang + "/d-" + f[0]][f[1]], rec = page[2][id - meta.starts[pg]];
    return {
      url: (api.base || "") + meta.u + page[0] + (/(^|\/)$/.test(page[0]) ? "index.html" : "") + (rec[0] === 0 ? "#" + slug(rec[1]) : rec[0] ? "#" + rec[0] : ""),
      title: rec[1] || page[1],
      titleHtml: excerpt(rec[1] || page[1], keysUsed, Infinity),
      page: rec[1] ? page[1] : "",
      excerpt: excerpt(rec[2], keysUsed),
      score: Math.round(scores[id] * 1000) / 1000
    };
  });
  var corrected = ranked.corrections.join(" ");
  if (ranked.partial) results.partial = true;
  if (results.length && !ranked.anyDirect && corrected !== toks.map(function (t) { return t.exact; }).join(" ")) results.correction = corrected;
  return results;
};

// the search box (in a browser)
if (typeof document === "undefined") return;
var me = document.currentScript;
if (api.base === undefined) api.base = me ? me.src.replace(/assets\/search\.js(\?.*)?$/, "") : "";

function setup(form) {
  var input = form.querySelector("input[name=q]");
  var list = form.querySelector("[role=listbox]");
  var status = form.querySelector(".search-status");
  var empty = form.querySelector(".search-empty");
  var lang = form.getAttribute("data-lang");
  var active = -1, timer = null, seq = 0;

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
    // the query whose results the box shows (results come as the reader types)
    form.setAttribute("data-query", q);
    list.innerHTML = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    var note = "";
    if (results.correction) note = (form.getAttribute("data-dym") || "%s").replace("%s", results.correction);
    // no page has every word: say that these are the pages with most of them
    if (results.partial && results.length) note = (note ? note + " " : "") + (form.getAttribute("data-partial") || "");
    results.forEach(function (r, i) {
      // the option is the link itself (no link nested in an option)
      var li = document.createElement("li");
      li.setAttribute("role", "none");
      li.innerHTML = '<a role="option" id="' + form.id + "-opt-" + i + '" aria-selected="false" href="' + escapeHtml(r.url) + '" tabindex="-1"><span class="result-title">' + r.titleHtml + "</span>" +
        (r.page ? '<span class="result-page">' + escapeHtml(r.page) + "</span>" : "") +
        '<span class="result-excerpt">' + r.excerpt + "</span></a>";
      // the focus stays in the box; the click follows the link
      li.addEventListener("mousedown", function (e) { e.preventDefault(); });
      list.appendChild(li);
    });
    list.hidden = !results.length;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    status.textContent = (note ? note + " " : "") + count(results.length);
    reportEmpty(q, results.length);
    if (empty) {
      empty.hidden = results.length > 0;
      var none = empty.querySelector(".search-none");
      if (none) none.textContent = (none.getAttribute("data-template") || "%s").replace("%s", q);
    }
  }
  // [feedback] report_empty_searches: a query that found nothing and that the reader left standing for
  // two seconds (not every prefix typed on the way) is posted once per page view; no cookies.
  var endpoint = form.getAttribute("data-report-empty"), reported = {}, reportTimer = null;
  function reportEmpty(q, n) {
    clearTimeout(reportTimer);
    if (!endpoint || n > 0 || reported[q] || typeof fetch !== "function") return;
    reportTimer = setTimeout(function () {
      if (input.value.trim() !== q) return;
      reported[q] = true;
      var canonical = document.querySelector("link[rel=canonical]");
      var body = new URLSearchParams({ kind: "empty-search", query: q, lang: lang, page: canonical ? canonical.href : location.href, via: "fetch" });
      fetch(endpoint, { method: "POST", body: body, credentials: "omit", cache: "no-store", keepalive: true, referrerPolicy: "no-referrer" }).catch(function () { reported[q] = false; });
    }, 2000);
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
  // helpgen.js loads this file when the box is first used: answer what is typed already
  if (input.value.trim()) run();
}

function start() { document.querySelectorAll("form.search").forEach(setup); }
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})(typeof window !== "undefined" ? window : globalThis);
