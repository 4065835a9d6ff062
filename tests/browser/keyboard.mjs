// Gate: keyboard only. On every page kind in every language, at 360 px and 1280 px: the first Tab lands on a
// visible skip link that moves focus to the content; Tab then reaches every visible control, each one
// visible on screen (not covered) and with a focus indicator (outline or box-shadow differing from its
// unfocused look). The language menu, FAQ answers and guide checkboxes work from the keyboard.
import { LANGS, WIDTHS, baseUrl, main, newPage } from "./lib.mjs";

const KINDS = {
  home: "",
  section: "complaints/",
  article: "rights/know-your-rights/",
  guide: "complaints/file-a-complaint/",
  faq: "faq/questions/",
  "404": "no-such-page/",
};

const CONTROLS = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";

/** Remembers every control's unfocused outline and box-shadow, and which ones should be reachable. */
async function prepare(page) {
  await page.evaluate((sel) => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.__kb = { unfocused: new Map(), seen: new Set() };
    for (const el of document.querySelectorAll(sel)) {
      const s = getComputedStyle(el);
      window.__kb.unfocused.set(el, { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow });
    }
  }, CONTROLS);
}

/** What the keyboard user sees of the focused element. */
function focusedInfo() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const kb = window.__kb;
  const first = kb.seen.has(el);
  const same = kb.last === el; // a date input's day, month and year are Tab stops of one element
  kb.last = el;
  kb.seen.add(el);
  const text = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 40);
  const name = `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ""}${el.getAttribute("href") ? ` href="${el.getAttribute("href")}"` : ""}> "${text}"`;
  const s = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const box = el.getClientRects()[0] || rect;
  const inViewport = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
  let covered = null;
  if (inViewport) {
    const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 8), 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) covered = hit.tagName.toLowerCase() + (hit.className ? `.${hit.className}` : "");
  }
  const before = kb.unfocused.get(el);
  const outline = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
  const hasOutline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
  const indicator = before ? (hasOutline && outline !== before.outline) || s.boxShadow !== before.shadow : hasOutline || s.boxShadow !== "none";
  return {
    again: first,
    same,
    name,
    skipLink: el.classList.contains("skip-link"),
    href: el.getAttribute("href"),
    size: rect.width > 0 && rect.height > 0,
    visible: s.visibility === "visible" && parseFloat(s.opacity) > 0,
    inViewport,
    covered,
    indicator,
    known: !!before,
  };
}

/** The visible controls that no Tab reached. */
function unreached(sel) {
  const out = [];
  for (const el of document.querySelectorAll(sel)) {
    if (window.__kb.seen.has(el) || el.disabled || el.closest("[hidden], [inert]")) continue;
    // a radio group is one Tab stop (the arrow keys move within it)
    if (el.type === "radio" && [...window.__kb.seen].some((o) => o.type === "radio" && o.name === el.name && o.form === el.form)) continue;
    const closedDetails = el.closest("details:not([open])");
    if (closedDetails && el.tagName !== "SUMMARY") continue;
    if (el.tagName === "SUMMARY" && el.parentElement.closest("details:not([open])")) continue;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || s.visibility !== "visible") continue;
    const what = el.tagName === "INPUT" ? ` type="${el.type}" name="${el.name}"` : "";
    out.push(`<${el.tagName.toLowerCase()}${what}> "${(el.innerText || "").trim().slice(0, 40)}" ${el.getAttribute("href") || ""}`);
  }
  return out;
}

async function tabThrough(page, where, c) {
  await prepare(page);
  let count = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(focusedInfo);
    if (i === 0) {
      c.ok(f && f.skipLink, `${where}: the first Tab focuses the skip link (got ${f && f.name})`);
      if (f && f.skipLink) c.eq(f.href, "#main", `${where}: the skip link's target`);
    }
    if (f && f.same) continue;
    if (!f || f.again) break;
    count++;
    c.ok(f.known, `${where}: focus reached an element that is not a control: ${f.name}`);
    c.ok(f.size && f.visible, `${where}: focused but invisible: ${f.name}`);
    c.ok(f.inViewport, `${where}: focused but off screen: ${f.name}`);
    c.ok(!f.covered, `${where}: focused but covered by ${f.covered}: ${f.name}`);
    c.ok(f.indicator, `${where}: no visible focus indicator: ${f.name}`);
  }
  const missed = await page.evaluate(unreached, CONTROLS);
  c.ok(missed.length === 0, `${where}: not reachable with Tab: ${missed.join("; ")}`);
  // the skip link moves focus to the content
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus(".skip-link");
  await page.keyboard.press("Enter");
  c.eq(await page.evaluate(() => document.activeElement.id), "main", `${where}: Enter on the skip link focuses the content`);
  return count;
}

async function languageMenu(page, where, c) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus(".lang-switcher summary");
  await page.keyboard.press("Enter");
  c.ok(await page.$eval(".lang-switcher details", (d) => d.open), `${where}: Enter opens the language menu`);
  await prepare(page);
  await page.keyboard.press("Tab");
  const f = await page.evaluate(focusedInfo);
  c.ok(
    f && f.size && f.visible && f.inViewport && !f.covered && f.indicator,
    `${where}: Tab moves into the open language menu, visibly (got ${JSON.stringify(f)})`,
  );
  const inMenu = await page.evaluate(() => !!document.activeElement.closest(".lang-switcher ul"));
  c.ok(inMenu, `${where}: the focused link is in the language menu`);
  await page.keyboard.press("Escape");
  const closed = await page.evaluate(() => ({
    open: document.querySelector(".lang-switcher details").open,
    focus: document.activeElement.matches(".lang-switcher summary"),
  }));
  c.eq(closed, { open: false, focus: true }, `${where}: Escape closes the language menu and returns focus`);
}

async function faqAnswer(page, where, c) {
  await page.focus(".faq-item summary");
  await page.keyboard.press("Enter");
  c.ok(await page.$eval(".faq-item", (d) => d.open), `${where}: Enter on a question opens its answer`);
  await page.keyboard.press("Enter");
  c.ok(!(await page.$eval(".faq-item", (d) => d.open)), `${where}: Enter again closes it`);
}

async function guideCheckbox(page, where, c) {
  await page.focus(".step input[type=checkbox]");
  await page.keyboard.press("Space");
  c.ok(await page.$eval(".step input[type=checkbox]", (b) => b.checked), `${where}: Space ticks a step`);
  await page.keyboard.press("Space");
  c.ok(!(await page.$eval(".step input[type=checkbox]", (b) => b.checked)), `${where}: Space unticks it`);
}

await main("keyboard", async (browser, c) => {
  const base = baseUrl();
  const page = await newPage(browser);
  const targets = [["root chooser", `${base}#choose`]];
  for (const lang of LANGS) for (const [kind, rel] of Object.entries(KINDS)) targets.push([`${lang} ${kind}`, `${base}${lang}/${rel}`]);
  let tabs = 0;
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: 800 });
    for (const [what, url] of targets) {
      const where = `${what} ${width}px (${url})`;
      await page.goto(url, { waitUntil: "load" });
      tabs += (await tabThrough(page, where, c)) || 0;
      if (what.endsWith(" article")) await languageMenu(page, where, c);
      if (what.endsWith(" faq")) await faqAnswer(page, where, c);
      if (what.endsWith(" guide")) await guideCheckbox(page, where, c);
      for (const e of page.errors.splice(0)) c.fail(`${where}: ${e}`);
    }
  }
  console.log(`keyboard: ${targets.length} pages × ${WIDTHS.length} widths, ${tabs} controls tabbed to`);
});
