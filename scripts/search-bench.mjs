// Browser half of scripts/search-bench: serves the helpgen site and the Hugo + Pagefind site from
// 127.0.0.1 (a small static server, gzip on or off), drives Debian's /usr/bin/chromium with
// puppeteer-core and runs every query through helpgen.search() and Pagefind's JS API.
//
//   node scripts/search-bench.mjs --helpgen DIR --hugo DIR --queries queries.json --out browser.json [--samples 5]
//
// Output (JSON): recall[engine] = [{lang, kind, q, target, urls (top 3), ms, bytes, files (fetched for the
// query)}], repeat[engine][lang] =
// [ms...] (the first 50 queries of the language run again on the same page), first_query[engine][encoding]
// = [{lang, q, client, index, records, total, files}]: bytes of the response bodies the server sent (gzipped
// or not), split by kind of file; cdp_body / cdp_wire / cdp_files are what the DevTools protocol saw (the page
// and its workers), a cross-check (it misses the body of a worker's own script). The recall and time runs
// (recall, repeat) use a second browser without the protocol's Network domain.
import http from "node:http";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import puppeteer from "puppeteer-core";

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf("--" + name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const roots = { helpgen: path.resolve(opt("helpgen")), pagefind: path.resolve(opt("hugo")) };
const queries = JSON.parse(fs.readFileSync(opt("queries"), "utf8")).filter((q, i, a) =>
  !opt("max") || a.filter((x) => x.lang === q.lang && x.kind === q.kind).indexOf(q) < Number(opt("max")));
const outFile = opt("out");
const SAMPLES = Number(opt("samples", "5"));
const FIRST_LIMIT = 10; // records loaded for the first-query measure (helpgen's UI shows 10 results)
const REPEATS = 50;
const LANGS = [...new Set(queries.map((q) => q.lang))];

const log = (...a) => console.error(...a);

// ---- static server ----
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml",
  ".xml": "application/xml", ".txt": "text/plain",
};
// The engine's own files (helpgen: search/ and assets/; Pagefind: pagefind/) are read and gzipped once at
// start, so that a request for them costs no fs.stat, readFile or gzip (pages come from disk).
const PRELOAD = ["search", "assets", "pagefind"];
function preload(root) {
  const mem = new Map();
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else {
        const raw = fs.readFileSync(file);
        mem.set(file, { raw, gz: zlib.gzipSync(raw, { level: 6 }) });
      }
    }
  };
  for (const d of PRELOAD) walk(path.join(root, d));
  return mem;
}
function serve(root, gzipOn, mem) {
  const gzCache = new Map();
  const sent = []; // {path, bytes}: response bodies as sent, a cross-check of the protocol's figures
  const server = http.createServer(async (req, res) => {
    try {
      let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = path.join(root, p);
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      let body, gz;
      const m = mem.get(file);
      if (m) ({ raw: body, gz } = m);
      else {
        let st = await fsp.stat(file).catch(() => null);
        if (st && st.isDirectory()) { file = path.join(file, "index.html"); st = await fsp.stat(file).catch(() => null); }
        if (!st) { res.writeHead(404, { "Content-Type": "text/plain" }).end("not found"); return; }
        body = await fsp.readFile(file);
      }
      const headers = { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "max-age=3600" };
      // gzip when the client allows it and it makes the file smaller (Pagefind's .pf_* and wasm files are
      // gzipped already by Pagefind itself and go out as they are)
      if (gzipOn && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        gz = gz || gzCache.get(file);
        if (!gz) { gz = zlib.gzipSync(body, { level: 6 }); gzCache.set(file, gz); }
        if (gz.length < body.length) { body = gz; headers["Content-Encoding"] = "gzip"; }
      }
      headers["Content-Length"] = body.length;
      sent.push({ path: p, bytes: body.length });
      res.writeHead(200, headers).end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  server.sent = sent;
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function category(engine, url) {
  const p = new URL(url).pathname;
  if (engine === "helpgen") {
    if (p.endsWith("/assets/search.js")) return "client";
    if (/\/search\/[^/]+\/d-\d+\.js$/.test(p)) return "records";
    if (/\/search\//.test(p)) return "index";
    return null;
  }
  if (!p.startsWith("/pagefind/")) return null;
  if (/\.pf_fragment$/.test(p)) return "records";
  if (/\.pf_(meta|index|filter)$/.test(p)) return "index";
  return "client"; // pagefind.js, pagefind-entry.json, wasm.*.pagefind
}

// Network accounting through the Chrome DevTools Protocol: the page's own requests and those of its
// workers (Pagefind 1.6 fetches its WebAssembly and index from a Web Worker).
async function netWatch(page, engine) {
  const w = { files: [], last: Date.now() };
  const watch = (cdp, tag) => {
    const reqs = new Map();
    cdp.on("Network.requestWillBeSent", (e) => { w.last = Date.now(); if (!reqs.has(e.requestId)) reqs.set(e.requestId, { url: e.request.url, head: 0 }); });
    cdp.on("Network.responseReceived", (e) => { w.last = Date.now(); const r = reqs.get(e.requestId); if (r) r.head = e.response.encodedDataLength || 0; });
    cdp.on("Network.loadingFinished", (e) => {
      w.last = Date.now();
      const r = reqs.get(e.requestId);
      if (!r || r.done) return;
      r.done = true;
      const cat = category(engine, r.url);
      if (cat) w.files.push({ url: r.url, cat, wire: e.encodedDataLength, body: e.encodedDataLength - r.head, from: tag });
    });
  };
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  watch(cdp, "page");
  page.on("workercreated", (worker) => watch(worker.client, "worker"));
  // after a search has resolved, its responses have arrived; wait until the protocol events are in
  w.settle = async () => {
    const t0 = Date.now();
    while (Date.now() - w.last < 30 && Date.now() - t0 < 1000) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 30));
  };
  return w;
}

const sum = (files, cat) => files.filter((f) => !cat || f.cat === cat).reduce((a, f) => a + f.body, 0);

async function openLangPage(browser, base, engine, lang, watch = true) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  page.on("pageerror", (e) => log(`[${engine} ${lang}] page error: ${e.message}`));
  const w = watch ? await netWatch(page, engine) : null;
  await page.goto(`${base}/${lang.toLowerCase()}/`, { waitUntil: "load" });
  if (engine === "helpgen") await page.waitForFunction(() => window.helpgen && window.helpgen.search);
  return { ctx, page, w };
}

// Pagefind's client is loaded on demand; helpgen.js loads search.js on the first call of helpgen.search. Returns milliseconds.
async function initEngine(page, engine) {
  if (engine !== "pagefind") return 0;
  return page.evaluate(async () => {
    const t0 = performance.now();
    window.__pf = await import("/pagefind/pagefind.js");
    await window.__pf.init();
    return performance.now() - t0;
  });
}

function runQuery(page, engine, q, lang, limit) {
  if (engine === "helpgen") {
    return page.evaluate(async (q, lang, limit) => {
      const t0 = performance.now();
      const r = await window.helpgen.search(q, { lang, limit });
      const t1 = performance.now();
      return { ms: t1 - t0, urls: r.map((x) => x.url), correction: r.correction || null };
    }, q, lang, limit);
  }
  return page.evaluate(async (q, limit) => {
    const t0 = performance.now();
    const s = await window.__pf.search(q);
    const d = await Promise.all(s.results.slice(0, limit).map((r) => r.data()));
    const t1 = performance.now();
    return { ms: t1 - t0, urls: d.map((x) => x.url), found: s.results.length };
  }, q, limit);
}

async function main() {
  const servers = {};
  const bases = {};
  for (const eng of ["helpgen", "pagefind"]) {
    const mem = preload(roots[eng]);
    for (const enc of ["gzip", "identity"]) {
      const s = await serve(roots[eng], enc === "gzip", mem);
      servers[eng + enc] = s;
      bases[eng + enc] = `http://127.0.0.1:${s.address().port}`;
    }
  }
  // Two browsers: the byte counts use the DevTools protocol's Network domain (a cross-check), the recall and
  // time runs go without it. With it, every request also costs the browser, the renderer and this process
  // the protocol's events (about 3 ms more per file fetched on the 2-core machine, for both engines); a
  // reader's browser has no DevTools attached.
  const userDataDir = await fsp.mkdtemp(path.join(os.tmpdir(), "search-bench-chromium-"));
  const launch = (dir, networkEnabled) => puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    userDataDir: dir,
    networkEnabled,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", `--user-data-dir=${dir}`],
  });
  const browser = await launch(path.join(userDataDir, "bytes"), true);
  const quiet = await launch(path.join(userDataDir, "times"), false);
  const out = { recall: {}, repeat: {}, first_query: { samples: SAMPLES, limit: FIRST_LIMIT } };
  try {
    // 1. bytes for a first query on a fresh page (new context: empty cache)
    for (const eng of ["helpgen", "pagefind"]) {
      out.first_query[eng] = {};
      for (const enc of ["gzip", "identity"]) {
        const runs = [];
        for (const lang of LANGS) {
          const sample = queries.filter((q) => q.lang === lang && q.kind === "exact").slice(0, SAMPLES);
          for (const q of sample) {
            const srv = servers[eng + enc];
            const mark = srv.sent.length;
            const { ctx, page, w } = await openLangPage(browser, bases[eng + enc], eng, lang);
            const initMs = await initEngine(page, eng);
            const r = await runQuery(page, eng, q.q, lang, FIRST_LIMIT);
            await w.settle();
            const got = srv.sent.slice(mark).map((x) => ({ ...x, cat: category(eng, "http://x" + x.path) })).filter((x) => x.cat);
            const by = (cat) => got.filter((x) => !cat || x.cat === cat).reduce((a, x) => a + x.bytes, 0);
            runs.push({ lang, q: q.q, ms: initMs + r.ms, client: by("client"), index: by("index"), records: by("records"), total: by(), files: got.length,
              cdp_body: sum(w.files), cdp_wire: w.files.reduce((a, f) => a + f.wire, 0), cdp_files: w.files.length,
              sent: got.map((x) => `${x.cat} ${x.bytes} ${x.path}`) });
            await ctx.close();
          }
        }
        out.first_query[eng][enc] = runs;
        log(`first query ${eng} ${enc}: ${runs.length} runs`);
      }
    }
    // 2. every query, recall@3, time and bytes per query; the engines take turns (language by language,
    // first one, then the other first), so that other load on the machine falls on both alike
    for (const eng of ["helpgen", "pagefind"]) {
      out.recall[eng] = [];
      out.repeat[eng] = {};
    }
    for (const [i, lang] of LANGS.entries()) {
      for (const eng of i % 2 ? ["pagefind", "helpgen"] : ["helpgen", "pagefind"]) {
        const qs = queries.filter((q) => q.lang === lang);
        const { ctx, page } = await openLangPage(quiet, bases[eng + "gzip"], eng, lang, false);
        await initEngine(page, eng);
        const warm = [...qs[0].word].slice(0, 2).join("");
        await runQuery(page, eng, warm, lang, 3); // loads the client's first files
        const srv = servers[eng + "gzip"];
        for (const q of qs) {
          const mark = srv.sent.length;
          const r = await runQuery(page, eng, q.q, lang, 3);
          const got = srv.sent.slice(mark);
          const bytes = got.reduce((a, x) => a + x.bytes, 0);
          out.recall[eng].push({ lang, kind: q.kind, q: q.q, target: q.target, urls: r.urls, ms: r.ms, bytes, files: got.length,
            ...(r.correction ? { correction: r.correction } : {}), ...(r.found !== undefined ? { found: r.found } : {}) });
        }
        const reps = [];
        for (const q of qs.slice(0, REPEATS)) reps.push((await runQuery(page, eng, q.q, lang, 3)).ms);
        out.repeat[eng][lang] = reps;
        await ctx.close();
        log(`recall ${eng} ${lang}: ${qs.length} queries`);
      }
    }
  } finally {
    await browser.close();
    await quiet.close();
    for (const s of Object.values(servers)) s.close();
    await fsp.rm(userDataDir, { recursive: true, force: true });
  }
  fs.writeFileSync(outFile, JSON.stringify(out));
}

main().catch((e) => { console.error(e); process.exit(1); });
