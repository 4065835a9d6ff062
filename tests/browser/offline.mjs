// Offline reading (issue 24): the built site, served over http, registers sw.js; the pages a reader
// opened and their language's search index come back with the network gone (puppeteer's offline
// mode): reload, another page, a search. A new build (HELPGEN_BIN run on HELPGEN_ROOT) is a new worker
// that the next visit installs, and the old build's cache goes. Under file:// there is no worker.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { baseUrl, env, fileUrl, main, newPage, typeQuery } from "./lib.mjs";

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, { timeout: 20_000 });
const cacheNames = (page) => page.evaluate(() => caches.keys().then((k) => k.sort()));
/** Waits until the worker's build cache holds the whole index of `prefix` (the files sw.js lists). */
async function indexCached(page, prefix) {
  await page.waitForFunction(async (prefix) => {
    const names = (await caches.keys()).filter((k) => k.startsWith("helpgen-") && k !== "helpgen-pages");
    if (names.length !== 1) return false;
    const c = await caches.open(names[0]);
    const keys = (await c.keys()).map((r) => r.url).filter((u) => u.includes(`/search/${prefix}/`));
    return keys.length > 1 && keys.some((u) => u.endsWith("/meta.js")) && keys.length >= window.__expected;
  }, { timeout: 30_000, polling: 250 }, prefix);
}

main("offline", async (browser, c) => {
  const page = await newPage(browser, 360);
  const site = baseUrl();
  const sw = await (await fetch(`${site}sw.js`)).text();
  const build = sw.match(/var BUILD = "([0-9a-f]{16})"/);
  c.ok(build, "sw.js names its build");
  // how many en index files the worker will keep: from its own list
  const expected = (() => {
    const index = JSON.parse(sw.match(/var INDEX = (\{.*\});/)[1]);
    let n = 1;
    for (const ranges of Object.values(index.en)) for (const r of ranges.split(",")) { const [a, b] = r.split("-").map(Number); n += (b ?? a) - a + 1; }
    return n;
  })();
  await page.evaluateOnNewDocument((n) => { window.__expected = n; }, expected);

  const article = `${site}en/rights/refunds/`;
  await page.goto(article, { waitUntil: "load" });
  await controlled(page);
  await page.reload({ waitUntil: "load" }); // now through the worker: kept
  await page.goto(`${site}en/faq/questions/`, { waitUntil: "load" });
  await indexCached(page, "en");
  c.eq(await cacheNames(page), [`helpgen-${build[1]}`, "helpgen-pages"], "one cache for the build, one for pages");

  await page.setOfflineMode(true);
  await page.goto(article, { waitUntil: "load" });
  c.ok((await page.$eval("h1", (h) => h.textContent)).length > 0 && page.url() === article, "offline: an opened page comes back");
  c.ok(await page.$eval("link[rel=stylesheet]", (l) => !!l.sheet && l.sheet.cssRules.length > 10), "offline: with its stylesheet");
  await page.reload({ waitUntil: "load" });
  c.ok(await page.$("form.search"), "offline: reload works");
  await page.focus("#search-input");
  await typeQuery(page, "refund");
  const results = await page.$$eval("#search-results [role=option]", (os) => os.map((o) => o.getAttribute("href")));
  c.ok(results.length > 0, `offline: the search finds pages (${results.length} results)`);
  await page.goto(`${site}en/faq/questions/`, { waitUntil: "load" });
  c.ok((await page.$$(".faq-item")).length > 3, "offline: the other opened page comes back");
  await page.setOfflineMode(false);

  // a new build: the next visit installs its worker, which drops the old build's cache
  const root = env("HELPGEN_ROOT");
  const faq = path.join(root, "content/en/faq/questions.md");
  fs.appendFileSync(faq, "\n## Can I search offline?\n\nYes: the pages you opened and the search come back without a network.\n");
  execFileSync(env("HELPGEN_BIN"), ["build", "-q", "--root", root], { stdio: "inherit" });
  const sw2 = await (await fetch(`${site}sw.js`)).text();
  const build2 = sw2.match(/var BUILD = "([0-9a-f]{16})"/)[1];
  c.ok(build2 !== build[1], "a new build has a new name");
  await page.goto(`${site}en/faq/questions/`, { waitUntil: "load" });
  await page.waitForFunction((b) => caches.keys().then((k) => k.includes(`helpgen-${b}`) && k.length === 2), { timeout: 30_000 }, build2);
  c.eq(await cacheNames(page), [`helpgen-${build2}`, "helpgen-pages"], "the next visit uses the new build's cache, the old one is gone");
  c.ok((await page.content()).includes("Can I search offline?"), "the new page is shown");

  // file://: no worker
  const file = await newPage(browser, 360);
  await file.goto(fileUrl("en/rights/refunds/index.html"), { waitUntil: "load" });
  c.ok(await file.evaluate(() => !navigator.serviceWorker || navigator.serviceWorker.controller === null), "file://: no service worker");
  c.eq(page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/.test(e)), [], "no page errors");
});
