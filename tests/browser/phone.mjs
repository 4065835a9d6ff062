// The phone page (issue 24): nothing moves after the first paint, and the header is compact.
//   layout   every page kind (home, section, guide, FAQ, article) in all six languages, at 360 px and
//            1280 px: cumulative layout shift (the browser's own layout-shift entries, as Lighthouse
//            counts them) under 0.02, with the CPU slowed 4x as Lighthouse's phone is
//   header   at 360 px the navigation is behind one button (expanded/collapsed in the accessibility
//            tree), the search box is visible without scrolling, the header takes little of the screen;
//            it works without JavaScript (the button is a <details>); at 1280 px the bar shows the links
//   print    the complaint guide printed in every language (CJK included): the whole guide with its
//            checklist, ticks as ☑, no screen furniture, nothing wider than an A4 page; a PDF and a
//            PNG of each in target/screenshots/ for a person to look at
import fs from "node:fs";
import path from "node:path";
import { LANGS, baseUrl, env, main, newPage } from "./lib.mjs";

const KINDS = { home: "", section: "rights/", guide: "complaints/file-a-complaint/", faq: "faq/questions/", article: "rights/refunds/" };
const CLS_LIMIT = 0.02;

/** Loads `url` and sums the layout shifts from the navigation until the page has been still for a while. */
async function layoutShift(page, url) {
  await page.goto(url, { waitUntil: "load" });
  // what helpgen.js does on DOMContentLoaded and what a late task might do: give it time
  await new Promise((r) => setTimeout(r, 600));
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({ value: e.value, nodes: (e.sources || []).map((s) => s.node && (s.node.id || s.node.className || s.node.nodeName)) });
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(shifts), 50);
      }),
  );
}

const checks = {
  async layout(browser, c) {
    const page = await newPage(browser, 360);
    const cdp = await page.createCDPSession();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    let worst = 0;
    for (const width of [360, 1280]) {
      await page.setViewport({ width, height: width < 600 ? 740 : 800, isMobile: width < 600, hasTouch: width < 600 });
      for (const lang of LANGS) {
        for (const [kind, rel] of Object.entries(KINDS)) {
          const shifts = await layoutShift(page, `${baseUrl()}${lang}/${rel}`);
          const cls = shifts.reduce((a, s) => a + s.value, 0);
          worst = Math.max(worst, cls);
          c.ok(cls < CLS_LIMIT, `${lang} ${kind} at ${width} px: layout shift ${cls.toFixed(4)} >= ${CLS_LIMIT} (${JSON.stringify(shifts)})`);
        }
      }
    }
    console.log(`layout: worst cumulative layout shift ${worst.toFixed(4)} over ${LANGS.length * 5 * 2} page loads`);
    c.eq(page.errors, [], "no page errors");
  },

  async header(browser, c) {
    const page = await newPage(browser, 360);
    for (const js of [true, false]) {
      await page.setJavaScriptEnabled(js);
      // without JavaScript Chromium does not fetch the scripts: those failed requests are expected
      if (!js) page.errors.length = 0;
      for (const lang of LANGS) {
        await page.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
        await page.goto(`${baseUrl()}${lang}/rights/refunds/`, { waitUntil: "load" });
        const where = `${lang} at 360 px${js ? "" : " without JavaScript"}`;
        const phone = await page.evaluate(() => {
          const rect = (sel) => { const e = document.querySelector(sel); if (!e) return null; const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height, width: r.width, shown: e.checkVisibility({ visibilityProperty: true }) && r.height > 0 }; };
          return {
            header: rect(".site-header"),
            summary: rect(".nav-menu > summary"),
            firstLink: rect(".nav-menu li a"),
            search: rect("#search-input"),
            browse: rect(".search-nojs"),
            h1: rect("main h1"),
            overflow: document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        c.ok(phone.summary && phone.summary.shown && phone.summary.height >= 40, `${where}: the menu button shows (and is big enough to tap): ${JSON.stringify(phone.summary)}`);
        c.ok(phone.firstLink && !phone.firstLink.shown, `${where}: the navigation links are behind the button`);
        if (js) c.ok(phone.search && phone.search.shown && phone.search.bottom < 160, `${where}: the search box is visible at the top: ${JSON.stringify(phone.search)}`);
        else c.ok(phone.browse && phone.browse.shown && (!phone.search || !phone.search.shown), `${where}: the browse link replaces the search box`);
        c.ok(phone.header.height <= 150, `${where}: the header is compact (${Math.round(phone.header.height)} px of 740)`);
        c.ok(phone.h1.top < 330, `${where}: the page's title is on the first screen (at ${Math.round(phone.h1.top)} px)`);
        c.ok(!phone.overflow, `${where}: nothing is wider than the screen`);

        const expanded = async () => {
          const snap = await page.accessibility.snapshot({ root: await page.$(".nav-menu > summary") });
          return snap && snap.expanded;
        };
        c.eq(!!(await expanded()), false, `${where}: the menu button says it is collapsed`);
        await page.click(".nav-menu > summary");
        const open = await page.evaluate(() => {
          const links = [...document.querySelectorAll(".nav-menu li a")];
          const main = document.querySelector("main").getBoundingClientRect().top;
          return { shown: links.filter((a) => a.checkVisibility()).length, total: links.length, mainTop: main };
        });
        c.ok(open.total >= 3 && open.shown === open.total, `${where}: the button opens the navigation (${open.shown} of ${open.total} links)`);
        c.eq(!!(await expanded()), true, `${where}: the menu button says it is expanded`);
        await page.click(".nav-menu li a");
        c.ok(/\/rights\/|\/complaints\/|\/contact\/|\/faq\//.test(page.url()), `${where}: a link in the menu opens its section (${page.url()})`);
      }
    }
    page.errors.length = 0;
    await page.setJavaScriptEnabled(true);
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${baseUrl()}en/rights/refunds/`, { waitUntil: "load" });
    const desk = await page.evaluate(() => ({
      summary: document.querySelector(".nav-menu > summary").getBoundingClientRect().height,
      links: [...document.querySelectorAll(".nav-menu li a")].filter((a) => a.checkVisibility()).length,
      total: document.querySelectorAll(".nav-menu li a").length,
    }));
    c.ok(desk.summary === 0 && desk.links === desk.total, `at 1280 px the navigation is a bar of links without the button: ${JSON.stringify(desk)}`);
    c.eq(page.errors, [], "no page errors");
  },
};

checks.print = async (browser, c) => {
  const page = await newPage(browser, 1280);
  const shots = env("HELPGEN_SCREENSHOTS");
  for (const lang of LANGS) {
    await page.emulateMediaType(null);
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${baseUrl()}${lang}/complaints/file-a-complaint/`, { waitUntil: "load" });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: "load" });
    await page.click("#step-1 label.step-done");
    await page.emulateMediaType("print");
    // an A4 page at 96 dpi, less Chromium's default margins
    await page.setViewport({ width: 718, height: 1047 });
    const r = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility()).length;
      const steps = document.querySelectorAll(".step").length;
      const wide = [...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > innerWidth + 1).map((e) => e.className || e.nodeName);
      return {
        steps,
        stepsShown: shown(".step"),
        overview: shown(".steps-overview li"),
        furniture: [".site-header", ".site-footer", ".guide-tools", ".step-done", ".search", ".feedback", ".help-block", ".breadcrumbs"].filter((s) => shown(s)),
        marks: [...document.querySelectorAll(".step-marker")].map((m) => getComputedStyle(m, "::before").content),
        wide: [...new Set(wide)].slice(0, 5),
        cjk: document.fonts.check("16px sans-serif", "申訴"),
      };
    });
    c.ok(r.steps >= 5 && r.stepsShown === r.steps && r.overview === r.steps, `${lang} print: every step and the checklist (${r.stepsShown}/${r.steps}, overview ${r.overview})`);
    c.eq(r.furniture, [], `${lang} print: no screen furniture`);
    c.eq(r.marks.slice(0, 2), ['"☑"', '"☐"'], `${lang} print: the ticked step is ☑, the next ☐`);
    c.eq(r.wide, [], `${lang} print: nothing wider than the page`);
    if (lang === "zh-hant") c.ok(r.cjk, "zh-Hant print: a font with the Chinese characters");
    await page.screenshot({ path: path.join(shots, `${lang}-guide-print.png`), fullPage: true });
    await page.pdf({ path: path.join(shots, `${lang}-guide-print.pdf`), format: "A4", printBackground: false });
    c.ok(fs.statSync(path.join(shots, `${lang}-guide-print.pdf`)).size > 20_000, `${lang} print: a real PDF`);
  }
  c.eq(page.errors, [], "no page errors");
};

const name = process.argv[2];
if (!checks[name]) {
  console.error(`usage: node tests/browser/phone.mjs ${Object.keys(checks).join("|")}`);
  process.exit(2);
}
main(`phone ${name}`, checks[name]);
