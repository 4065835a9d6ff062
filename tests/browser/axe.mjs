// Gate: axe-core finds no WCAG 2.0/2.1 A or AA violation on any page kind, in every language, in the light
// and the dark colour scheme, at 360 px and 1280 px; also with the language menu open, FAQ answers open, and
// search results open.
import { LANGS, SCHEMES, WIDTHS, axe, baseUrl, colorScheme, formatViolations, main, newPage, typeQuery } from "./lib.mjs";

// The page kinds of the shipped site, as paths under a language.
const KINDS = {
  home: "",
  section: "complaints/",
  article: "rights/know-your-rights/",
  "article with callouts": "complaints/write-a-complaint/",
  guide: "complaints/file-a-complaint/",
  faq: "faq/questions/",
  "404": "no-such-page/",
};

async function gate(page, where, c, { overlay = false } = {}) {
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: 800 });
    for (const scheme of SCHEMES) {
      await colorScheme(page, scheme);
      const { violations, incomplete } = await axe(page);
      const label = `${where} ${scheme} ${width}px`;
      if (!c.ok(violations.length === 0, `axe: ${violations.length} violation(s) on ${label}`))
        console.log(formatViolations(label, violations));
      // a contrast axe could not measure is a contrast nobody checked: the theme must keep it measurable
      // (text hidden under an open menu or search results cannot be measured, and need not be)
      // (on a phone the language menu opens over the search box below it: what lies under the open
      // menu is as unreadable as it should be)
      const under = overlay ? await page.evaluate((targets) => {
        const menus = [...document.querySelectorAll("details[open] > ul")].map((m) => m.getBoundingClientRect());
        return targets.filter((t) => {
          const r = document.querySelector(t)?.getBoundingClientRect();
          return r && menus.some((m) => r.left < m.right && r.right > m.left && r.top < m.bottom && r.bottom > m.top);
        });
      }, incomplete.flatMap((v) => v.nodes.map((n) => n.target))) : [];
      const unmeasured = incomplete
        .filter((v) => v.id === "color-contrast")
        .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(overlay && (/overlap/.test(n.summary) || under.includes(n.target)))) }))
        .filter((v) => v.nodes.length);
      if (!c.ok(unmeasured.length === 0, `axe: colour contrast not measurable on ${label}`))
        console.log(formatViolations(`${label} (needs review)`, unmeasured));
      for (const v of incomplete.filter((v) => v.id !== "color-contrast"))
        console.log(formatViolations(`${label} (needs review, not a failure)`, [v]));
    }
  }
}

await main("axe", async (browser, c) => {
  const base = baseUrl();
  const page = await newPage(browser);
  const targets = [["root chooser", `${base}#choose`]];
  targets.push(["root 404", `${base}no-such-page/`]);
  for (const lang of LANGS) for (const [kind, rel] of Object.entries(KINDS)) targets.push([`${lang} ${kind}`, `${base}${lang}/${rel}`]);

  for (const [where, url] of targets) {
    const res = await page.goto(url, { waitUntil: "load" });
    const wantStatus = where.endsWith("404") ? 404 : 200;
    c.eq(res.status(), wantStatus, `${where}: HTTP status of ${url}`);
    await gate(page, `${where} (${url})`, c);

    if (where.endsWith(" article")) {
      // the language menu, opened
      await page.setViewport({ width: 1280, height: 800 });
      await page.click(".lang-switcher summary");
      c.ok(await page.$eval(".lang-switcher details", (d) => d.open), `${where}: the language menu opens`);
      await gate(page, `${where} with the language menu open`, c, { overlay: true });
    }
    if (where.endsWith(" faq")) {
      // one answer opened by a click, then all of them
      await page.setViewport({ width: 1280, height: 800 });
      await page.click(".faq-item summary");
      c.ok(await page.$eval(".faq-item", (d) => d.open), `${where}: a click opens the first answer`);
      await page.$$eval(".faq-item", (ds) => ds.forEach((d) => (d.open = true)));
      await gate(page, `${where} with the answers open`, c);
    }
    if (where.endsWith(" home") && (await page.$("form.search:not([hidden])"))) {
      // search results open (one selected with the arrow key), then a search that finds nothing
      await page.setViewport({ width: 1280, height: 800 });
      const q = await page.$eval("main .card-pages a", (a) => a.textContent.trim().split(/\s+/).slice(0, 2).join(" "));
      await page.click("#search-input");
      await typeQuery(page, q);
      await page.waitForSelector("#search-results:not([hidden]) [role=option]", { timeout: 10_000 });
      await page.keyboard.press("ArrowDown");
      await gate(page, `${where} with search results for "${q}" open`, c, { overlay: true });
      await page.click("#search-input", { count: 3 });
      await typeQuery(page, "qqxqzvw");
      await page.waitForSelector(".search-empty:not([hidden])", { timeout: 10_000 });
      await gate(page, `${where} with a search that finds nothing`, c, { overlay: true });
    }
    for (const e of page.errors.splice(0)) c.fail(`${where}: ${e}`);
  }
  console.log(`axe checked ${targets.length} pages × ${WIDTHS.length} widths × ${SCHEMES.length} colour schemes`);
});
