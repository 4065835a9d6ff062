// Readers' journeys, end to end in Chromium. `node journeys.mjs NAME`, NAME one of the keys of JOURNEYS.
import fs from "node:fs";
import path from "node:path";
import { axe, baseUrl, colorScheme, env, fileUrl, formatViolations, main, newPage, typeQuery } from "./lib.mjs";

const shots = () => {
  const dir = env("HELPGEN_SCREENSHOTS");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

/** Clicks something that navigates, and waits for the new page. */
async function clickAndWait(page, selector) {
  await page.waitForSelector(selector, { visible: true });
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(selector)]);
}

/** Waits until the page's URL satisfies `test` (across client-side redirects). */
async function waitForUrl(page, test, what, ms = 10_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (test(new URL(page.url()))) {
      await page.waitForFunction(() => document.readyState === "complete");
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what}: still at ${page.url()}`);
}

/** Sets the browser's languages (navigator.languages and Accept-Language) for a page. */
async function browserLanguage(page, languages) {
  const cdp = await page.createCDPSession();
  const userAgent = await page.browser().userAgent();
  await cdp.send("Emulation.setUserAgentOverride", { userAgent, acceptLanguage: languages });
}

function noErrors(page, where, c) {
  for (const e of page.errors.splice(0)) c.fail(`${where}: ${e}`);
}

async function axeClean(page, where, c) {
  const { violations } = await axe(page);
  if (!c.ok(violations.length === 0, `${where}: ${violations.length} axe violation(s)`)) console.log(formatViolations(where, violations));
}

const JOURNEYS = {
  // A Swedish reader lands on /, is sent to /sv/, opens the complaint guide, ticks two steps, reloads: the
  // ticks are still there; printing shows the checklist with the ticks.
  async swedish(browser, c) {
    const context = await browser.createBrowserContext();
    const page = await newPage(context, 1280);
    await browserLanguage(page, "sv-SE,sv;q=0.9");
    await page.goto(baseUrl(), { waitUntil: "domcontentloaded" });
    await waitForUrl(page, (u) => u.pathname.startsWith("/sv/"), "the root page sends an sv-SE browser to /sv/");
    c.eq(await page.evaluate(() => navigator.language), "sv-SE", "the browser's language");
    c.eq(new URL(page.url()).pathname, "/sv/index.html", "the Swedish home");
    c.eq(await page.evaluate(() => document.documentElement.lang), "sv", "the Swedish home's lang");

    await clickAndWait(page, 'main a[href$="complaints/file-a-complaint/index.html"]');
    c.eq(new URL(page.url()).pathname, "/sv/complaints/file-a-complaint/index.html", "the complaint guide opens");
    const steps = await page.$$eval(".step input[type=checkbox]", (bs) => bs.length);
    c.ok(steps >= 7, `the guide has its steps (${steps})`);
    const progressBefore = await page.$eval(".guide-progress", (p) => p.textContent);

    for (const n of [2, 4]) await page.click(`#step-${n} label.step-done`);
    const ticked = () =>
      page.$$eval(".step input[type=checkbox]", (bs) => bs.filter((b) => b.checked).map((b) => +b.dataset.step));
    c.eq(await ticked(), [2, 4], "two steps ticked");
    const progress = await page.$eval(".guide-progress", (p) => p.textContent);
    c.ok(progress && progress !== progressBefore && progress.includes("2"), `the progress says two are done: "${progress}"`);

    await page.reload({ waitUntil: "load" });
    c.eq(await ticked(), [2, 4], "after a reload the ticks are still there");
    c.eq(await page.$$eval(".step.done", (s) => s.map((e) => e.id)), ["step-2", "step-4"], "ticked steps are marked done");
    c.eq(await page.$eval(".guide-progress", (p) => p.textContent), progress, "the progress after a reload");

    // print: the checklist, with its ticks, and none of the screen furniture
    await page.emulateMediaType("print");
    const print = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.checkVisibility());
      const marks = [...document.querySelectorAll(".step-marker")].map((m) => getComputedStyle(m, "::before").content);
      const overview = [...document.querySelectorAll(".steps-overview li")].map((li) => getComputedStyle(li, "::before").content);
      return {
        checklist: shown(".steps-overview") && shown(".steps"),
        furniture: [".site-header", ".site-footer", ".guide-tools", ".step-done", ".lang-switcher", ".search"].filter(shown),
        marks,
        overview,
      };
    });
    c.ok(print.checklist, "print shows the checklist");
    c.eq(print.furniture, [], "print hides the header, footer, tools and checkboxes");
    const want = print.marks.map((_, i) => (i === 1 || i === 3 ? '"☑"' : '"☐"'));
    c.eq(print.marks, want, "print marks the ticked steps ☑ and the others ☐");
    c.eq(print.overview, want.map((m) => m.replace(/"$/, ' "')), "print's step overview shows the same ticks");
    await page.screenshot({ path: path.join(shots(), "sv-guide-print.png"), fullPage: true });
    await page.pdf({ path: path.join(shots(), "sv-guide-print.pdf"), format: "A4" });
    await page.emulateMediaType(null);
    noErrors(page, "swedish journey", c);
    await context.close();
  },

  // A Kazakh reader switches a page to Chinese with the language switcher and lands on the same page in
  // zh-Hant; on a page that has no Chinese translation, Chinese is marked unavailable.
  async kazakh(browser, c) {
    const page = await newPage(browser, 360);
    await page.goto(`${baseUrl()}kk/complaints/write-a-complaint/`, { waitUntil: "load" });
    const kkTitle = await page.$eval("h1", (h) => h.textContent);
    await page.click(".lang-switcher summary");
    await clickAndWait(page, '.lang-switcher a[hreflang="zh-Hant"]');
    c.eq(new URL(page.url()).pathname, "/zh-hant/complaints/write-a-complaint/index.html", "the same page in zh-Hant");
    const zh = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      current: document.querySelector('.lang-switcher [aria-current="page"]').getAttribute("lang"),
      title: document.querySelector("h1").textContent,
    }));
    c.eq([zh.lang, zh.current], ["zh-Hant", "zh-Hant"], "the page is in Traditional Chinese and the switcher says so");
    c.ok(zh.title && zh.title !== kkTitle && /[\u4e00-\u9fff]/.test(zh.title), `the Chinese title: "${zh.title}"`);

    // the fixture has no zh-Hant translation of rights/after-sales-problems
    await page.goto(`${baseUrl()}kk/rights/after-sales-problems/`, { waitUntil: "load" });
    await page.click(".lang-switcher summary");
    const menu = await page.evaluate(() => {
      const items = [...document.querySelectorAll(".lang-switcher li")];
      const zh = items.find((li) => /繁體中文/.test(li.textContent));
      return {
        zhText: zh && zh.textContent.trim(),
        zhUnavailable: !!(zh && zh.querySelector(".unavailable")),
        zhLink: !!(zh && zh.querySelector('a[hreflang="zh-Hant"]')),
        others: items.filter((li) => li.querySelector("a[hreflang]")).length,
      };
    });
    c.ok(menu.zhUnavailable && !menu.zhLink, `Chinese is marked unavailable: ${JSON.stringify(menu)}`);
    c.eq(menu.others, 4, "the other languages are links");
    await axeClean(page, "kk page with an unavailable translation, menu open", c);
    await colorScheme(page, "dark");
    await axeClean(page, "kk page with an unavailable translation, menu open, dark", c);
    noErrors(page, "kazakh journey", c);
  },

  // The site opened from disk: the root sends the reader on, navigation, guides and the language switcher work.
  async file(browser, c) {
    const page = await newPage(browser, 1280);
    await page.goto(fileUrl("index.html"), { waitUntil: "domcontentloaded" });
    await waitForUrl(page, (u) => u.pathname.endsWith("/en/index.html"), "file://: the root sends an en-US browser to en/");
    c.eq(await page.$eval(".skip-link", (a) => getComputedStyle(a).position), "absolute", "file://: the stylesheet loads");

    await clickAndWait(page, '.main-nav a[href$="complaints/index.html"]');
    c.ok(page.url().endsWith("/en/complaints/index.html"), `file://: the main navigation opens a section (${page.url()})`);
    await clickAndWait(page, 'main a[href$="file-a-complaint/index.html"]');
    c.ok(page.url().endsWith("/en/complaints/file-a-complaint/index.html"), `file://: a guide opens (${page.url()})`);
    c.ok(await page.$eval("#step-1 label.step-done", (l) => l.offsetHeight > 0), "file://: the guide's checkboxes show");
    await page.click("#step-1 label.step-done");
    c.ok(await page.$eval("#step-1", (s) => s.classList.contains("done")), "file://: a step can be ticked");

    await page.click(".lang-switcher summary");
    await clickAndWait(page, '.lang-switcher a[hreflang="sv"]');
    c.ok(page.url().endsWith("/sv/complaints/file-a-complaint/index.html"), `file://: the switcher opens the Swedish guide (${page.url()})`);
    c.eq(await page.evaluate(() => document.documentElement.lang), "sv", "file://: the Swedish page");
    await clickAndWait(page, '.breadcrumbs a[href$="sv/index.html"]');
    c.ok(page.url().endsWith("/sv/index.html"), `file://: the breadcrumbs lead home (${page.url()})`);
    noErrors(page, "file:// journey", c);
  },

  // A Romanian reader searches without diacritics and opens the FAQ question found, which opens expanded.
  async romanian(browser, c) {
    const page = await newPage(browser, 1280);
    await page.goto(`${baseUrl()}ro/`, { waitUntil: "load" });
    await page.keyboard.press("/");
    c.eq(await page.evaluate(() => document.activeElement && document.activeElement.name), "q", "/ focuses the search box");
    await typeQuery(page, "cand pleaca comanda mea");
    await page.waitForSelector("#search-results [role=option]", { visible: true, timeout: 10_000 });
    const expected = "ro/faq/questions/index.html#când-pleacă-comanda-mea";
    const first = await page.$eval("#search-results [role=option]", (a) => decodeURIComponent(a.href));
    c.ok(first.endsWith(expected), `the first result is the FAQ question: ${first}`);
    const status = await page.$eval(".search-status", (p) => p.textContent);
    c.ok(/rezultat/.test(status), `the result count is in Romanian: "${status}"`);
    const marked = await page.$$eval("#search-results mark", (m) => m.map((x) => x.textContent.toLowerCase()));
    c.ok(marked.some((m) => m.startsWith("pleacă") || m.startsWith("comanda")), `matched words are marked: ${marked}`);
    await axeClean(page, "ro search results open", c);
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press("Enter")]);
    c.ok(decodeURIComponent(page.url()).endsWith("#când-pleacă-comanda-mea"), `Enter opens the question: ${page.url()}`);
    await page.waitForFunction(() => { const d = document.getElementById(decodeURIComponent(location.hash.slice(1))); return d && d.open; }, { timeout: 5000 });
    c.ok(true, "the question opens expanded");
    const open = await page.$$eval("details.faq-item[open]", (d) => d.map((x) => x.id));
    c.eq(open, ["când-pleacă-comanda-mea"], "only that answer is open");
    // a query that finds nothing shows the contact channels and the guides, never an empty box
    await page.click("#search-input", { clickCount: 3 });
    await typeQuery(page, "zzqxj");
    await page.waitForSelector(".search-empty:not([hidden])", { visible: true, timeout: 10_000 });
    const empty = await page.$eval(".search-empty", (e) => ({ text: e.textContent, links: e.querySelectorAll("a").length }));
    c.ok(empty.links >= 3 && empty.text.includes("zzqxj"), `nothing found: help and guides shown (${empty.links} links)`);
    noErrors(page, "romanian journey", c);
  },

  // Search from file://: the index loads as scripts, results lead to pages.
  async filesearch(browser, c) {
    const page = await newPage(browser, 1280);
    await page.goto(fileUrl("sv/index.html"), { waitUntil: "load" });
    await page.click("#search-input");
    await typeQuery(page, "klagomal");
    await page.waitForSelector("#search-results [role=option]", { visible: true, timeout: 10_000 });
    const n = await page.$$eval("#search-results [role=option]", (o) => o.length);
    c.ok(n > 0, `file://: search finds ${n} results without a server`);
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("#search-results [role=option]")]);
    c.ok(page.url().startsWith("file://") && page.url().includes("/sv/"), `file://: a result opens (${page.url()})`);
    noErrors(page, "file:// search", c);
  },

  // The complaint composer: fill in, see the message, copy it, mail it, remember and forget details; nothing sent.
  async composer(browser, c) {
    const context = await browser.createBrowserContext();
    const origin = new URL(baseUrl()).origin;
    await context.overridePermissions(origin, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
    const page = await newPage(context, 1280);
    for (const [lang, hello] of [["sv", "Hej"], ["ro", "Bună ziua"], ["zh-hant", "您好"], ["kk", "Сәлеметсіз бе"], ["af", "Goeiedag"], ["en", "Hello"]]) {
      await page.goto(`${baseUrl()}${lang}/complaints/file-a-complaint/`, { waitUntil: "load" });
      const requests = [];
      const onRequest = (r) => requests.push(r.url());
      page.on("request", onRequest);
      c.ok(await page.$eval(".composer-nojs", (e) => e.hidden), `${lang}: the plain template is replaced by the form`);
      // errors tied to their fields
      await page.click(".composer-form button[type=submit]");
      const invalid = await page.$$eval(".composer [aria-invalid=true]", (f) => f.map((x) => x.name));
      c.eq(invalid, ["order", "problem"], `${lang}: the missing fields are marked`);
      c.ok(await page.$eval(".composer [name=order]", (f) => document.activeElement === f), `${lang}: focus goes to the first error`);
      await axeClean(page, `${lang} composer with errors`, c);
      await page.type(".composer [name=order]", "402-1234567");
      await page.select(".composer [name=problem]", "damaged");
      await page.type(".composer [name=details]", "X");
      await page.click(".composer input[name=outcome][value=replacement]");
      await page.click(".composer input[name=evidence][value=photos]");
      await page.click(".composer input[name=evidence][value=receipt]");
      await page.type(".composer [name=name]", "Ana");
      await page.click(".composer [name=remember]");
      await page.click(".composer-form button[type=submit]");
      const message = await page.$eval(".composer-message", (t) => t.value);
      c.ok(message.startsWith(hello), `${lang}: the message greets in the language: ${JSON.stringify(message.slice(0, 30))}`);
      c.ok(message.includes("402-1234567") && message.includes("Ana"), `${lang}: the message has the order and the name`);
      c.ok(!message.includes("⟦"), `${lang}: every slot is filled`);
      // two ticked items are joined with the language's own CLDR list pattern ("A and B", "A和B")
      const pair = await page.$eval(".composer", (s) => JSON.parse(s.dataset.messages).list[1]);
      const pattern = new RegExp(pair.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{[01]\\\}/g, ".+"));
      c.ok(pattern.test(message), `${lang}: the evidence is joined as ${JSON.stringify(pair)}`);
      const problemLine = message.split("\n\n")[2] || "";
      const first = problemLine.charAt(0);
      c.ok(first !== first.toLocaleLowerCase(lang) || first === first.toLocaleUpperCase(lang), `${lang}: the problem sentence starts as a sentence: ${JSON.stringify(problemLine.slice(0, 30))}`);
      const mail = await page.$eval("[data-action=mail]", (a) => a.href);
      c.ok(mail.startsWith("mailto:?subject=") && decodeURIComponent(mail).includes("402-1234567") && decodeURIComponent(mail.split("&body=")[1]).startsWith(hello), `${lang}: the mailto link carries subject and body`);
      await page.click("[data-action=copy]");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      c.eq(copied, message, `${lang}: the copy button copies the message`);
      await axeClean(page, `${lang} composer filled`, c);
      page.off("request", onRequest);
      c.eq(requests, [], `${lang}: composing sends nothing over the network`);
      if (lang === "sv") {
        await page.reload({ waitUntil: "load" });
        c.eq(await page.$eval(".composer [name=name]", (f) => f.value), "Ana", "remembered details come back after a reload");
        await page.click("[data-action=forget]");
        c.eq(await page.evaluate(() => localStorage.getItem("helpgen:composer")), null, "forget removes the details");
        c.ok((await page.$eval(".composer-status", (s) => s.textContent)).length > 0, "forgetting is confirmed");
        await page.click(".composer [name=remember]");
      } else {
        await page.click("[data-action=forget]");
      }
    }
    // without JavaScript: the plain template
    await page.setJavaScriptEnabled(false);
    await page.goto(`${baseUrl()}en/complaints/file-a-complaint/`, { waitUntil: "load" });
    c.ok(await page.$eval(".composer-template", (p) => p.offsetHeight > 0 && p.textContent.includes("[order number]")), "without JavaScript the fill-in template shows");
    c.ok(await page.$eval(".composer-form", (f) => f.offsetHeight === 0), "without JavaScript the form stays hidden");
    noErrors(page, "composer journey", c);
  },

  // Screenshots of the home, a guide and the FAQ at phone and desktop width, for a person to look at.
  async screenshots(browser, c) {
    const page = await newPage(browser);
    const pages = { home: "", guide: "complaints/file-a-complaint/", faq: "faq/questions/" };
    let n = 0;
    for (const lang of ["en", "zh-hant"]) {
      for (const [kind, rel] of Object.entries(pages)) {
        for (const width of [360, 1280]) {
          await page.setViewport({ width, height: 800 });
          await page.goto(`${baseUrl()}${lang}/${rel}`, { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready);
          if (kind === "faq") await page.click(".faq-item summary");
          const file = path.join(shots(), `${lang}-${kind}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          c.ok(fs.statSync(file).size > 10_000, `${file} is a real screenshot`);
          n++;
        }
      }
    }
    // and one dark one
    await colorScheme(page, "dark");
    await page.setViewport({ width: 360, height: 800 });
    await page.goto(`${baseUrl()}en/complaints/file-a-complaint/`, { waitUntil: "load" });
    await page.screenshot({ path: path.join(shots(), "en-guide-360-dark.png"), fullPage: true });
    console.log(`${n + 1} screenshots in ${shots()}`);
    noErrors(page, "screenshots", c);
  },

  // An Arabic page (a fixture language) is right-to-left, with the layout mirrored.
  async rtl(browser, c) {
    const page = await newPage(browser, 1280);
    await page.goto(`${baseUrl()}ar/complaints/file-a-complaint/`, { waitUntil: "load" });
    const r = await page.evaluate(() => {
      const box = (sel) => document.querySelector(sel).getBoundingClientRect();
      const style = (sel, pseudo) => getComputedStyle(document.querySelector(sel), pseudo);
      const step = style("#step-2");
      return {
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        direction: getComputedStyle(document.body).direction,
        brandRight: box(".brand").right,
        switcherRight: box(".lang-switcher").right,
        stepBorder: [step.borderRightWidth, step.borderLeftWidth],
        markerRight: box("#step-2 .step-marker").right,
        headingRight: box("#step-2 h2").right,
        crumb: style(".breadcrumbs li:first-child", "::after").content,
        width: innerWidth,
      };
    });
    c.eq([r.lang, r.dir, r.direction], ["ar", "rtl", "rtl"], "the Arabic page is right-to-left");
    c.ok(r.brandRight > r.width / 2 && r.brandRight > r.switcherRight, `the site name sits on the right (${JSON.stringify(r)})`);
    c.ok(r.switcherRight < r.width / 2, "the language switcher sits on the left");
    c.eq(r.stepBorder, ["2px", "0px"], "the steps' line runs down the right side");
    c.ok(r.markerRight > r.headingRight, "a step's number is to the right of its heading");
    c.eq(r.crumb, '"‹"', "the breadcrumb separator points left");

    await page.click(".lang-switcher summary");
    const menu = await page.evaluate(() => {
      const s = document.querySelector(".lang-switcher summary").getBoundingClientRect();
      const m = document.querySelector(".lang-switcher ul").getBoundingClientRect();
      const en = document.querySelector('.lang-switcher a[hreflang="en"]');
      return { left: [Math.round(m.left), Math.round(s.left)], enDir: en && en.getAttribute("dir") };
    });
    c.ok(Math.abs(menu.left[0] - menu.left[1]) <= 1, `the language menu opens towards the right edge's opposite (${menu.left})`);
    c.eq(menu.enDir, "ltr", "English in the menu stays left-to-right");
    await page.keyboard.press("Escape");

    for (const width of [360, 1280]) {
      await page.setViewport({ width, height: 800 });
      for (const scheme of ["light", "dark"]) {
        await colorScheme(page, scheme);
        await axeClean(page, `ar guide ${scheme} ${width}px`, c);
      }
      await colorScheme(page, "light");
      await page.screenshot({ path: path.join(shots(), `ar-guide-${width}.png`), fullPage: true });
    }
    await page.goto(`${baseUrl()}ar/`, { waitUntil: "load" });
    c.eq(await page.evaluate(() => document.documentElement.dir), "rtl", "the Arabic home is right-to-left");
    await axeClean(page, "ar home", c);
    noErrors(page, "rtl journey", c);
  },
};

const name = process.argv[2];
if (!JOURNEYS[name]) {
  console.log(`usage: node journeys.mjs ${Object.keys(JOURNEYS).join("|")}`);
  process.exit(2);
}
await main(`journey ${name}`, JOURNEYS[name], 300);
