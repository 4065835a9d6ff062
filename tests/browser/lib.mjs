// Shared helpers for the browser tests. Run by tests/browser.rs, which builds a site, serves it on a
// loopback port and passes:
//   HELPGEN_URL          the served site, ending in "/" (http://127.0.0.1:PORT/)
//   HELPGEN_PUBLIC       the built site's folder on disk (for file:// journeys)
//   HELPGEN_PROFILE      a fresh, empty folder for Chromium's --user-data-dir
//   HELPGEN_SCREENSHOTS  where screenshots go (target/screenshots)
//   HELPGEN_CHROMIUM     the browser (default /usr/bin/chromium)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const LANGS = ["en", "sv", "kk", "zh-hant", "ro", "af"];
export const WIDTHS = [360, 1280];
export const SCHEMES = ["light", "dark"];
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export function env(name, fallback) {
  const v = process.env[name];
  if (v) return v;
  if (fallback !== undefined) return fallback;
  throw new Error(`${name} is not set (run this script through tests/browser.rs: cargo test --test browser)`);
}

/// Types `q` into the focused search box and waits until the box shows the results of what the box
/// holds: results come as the reader types, so on a slow machine a prefix's results can come first.
export async function typeQuery(page, q) {
  await page.keyboard.type(q);
  await page.waitForFunction(() => {
    const form = document.querySelector("form.search");
    const input = document.getElementById("search-input");
    return form && input && form.getAttribute("data-query") === input.value.trim();
  }, { timeout: 10_000 });
}

export const baseUrl = () => env("HELPGEN_URL").replace(/\/?$/, "/");
export const publicDir = () => env("HELPGEN_PUBLIC");
export const fileUrl = (rel) => pathToFileURL(path.join(publicDir(), rel)).href;

/** Starts Debian's Chromium headless with a fresh profile; puppeteer-core never downloads a browser. */
export async function launch() {
  const profile = process.env.HELPGEN_PROFILE
    ? fs.mkdtempSync(path.join(process.env.HELPGEN_PROFILE, "chromium-"))
    : fs.mkdtempSync(path.join(os.tmpdir(), "helpgen-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: env("HELPGEN_CHROMIUM", "/usr/bin/chromium"),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      "--font-render-hinting=none",
    ],
    protocolTimeout: 120_000,
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    try {
      await close();
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  };
  return browser;
}

/** A new page with a viewport, sensible timeouts, and page errors collected in `page.errors`. */
export async function newPage(browser, width = 1280) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(30_000);
  await page.setViewport({ width, height: 800 });
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    // failed loads are reported below, with their URL
    if (m.type() === "error" && !/^Failed to load resource/.test(m.text())) page.errors.push(`console error: ${m.text()}`);
  });
  page.on("response", (r) => {
    const url = new URL(r.url());
    const isPage = r.request().isNavigationRequest();
    if (r.status() >= 400 && !isPage && url.pathname !== "/favicon.ico") page.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("requestfailed", (r) => page.errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  return page;
}

export async function colorScheme(page, scheme) {
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns its violations, and as `incomplete`
 * the nodes it could not decide (for colour contrast: text whose background it cannot determine). */
export async function axe(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!loaded) await page.addScriptTag({ path: path.join(REPO, "node_modules/axe-core/axe.min.js") });
  return page.evaluate((tags) => {
    const simplify = (list) =>
      list.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary || (n.any[0] || {}).message })),
      }));
    return window.axe
      .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "incomplete"] })
      .then((r) => ({ violations: simplify(r.violations), incomplete: simplify(r.incomplete) }));
  }, AXE_TAGS);
}

export function formatViolations(where, violations) {
  return violations
    .map(
      (v) =>
        `${where}: [${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${(n.summary || "").replace(/\n/g, "\n      ")}`).join("\n"),
    )
    .join("\n");
}

/** A tiny test runner: named checks, failures collected, a summary line, exit status 1 on any failure. */
export function checks() {
  const failures = [];
  let passed = 0;
  return {
    fail(msg) {
      failures.push(msg);
      console.log(`FAIL ${msg}`);
    },
    ok(cond, msg) {
      if (cond) passed++;
      else this.fail(msg);
      return cond;
    },
    eq(actual, expected, msg) {
      return this.ok(
        JSON.stringify(actual) === JSON.stringify(expected),
        `${msg}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
      );
    },
    get failures() {
      return failures;
    },
    finish(name, started) {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${name}: ${passed} passed, ${failures.length} failed (${secs} s)`);
      process.exitCode = failures.length ? 1 : 0;
    },
  };
}

/** Runs `body(browser, c)` with a browser and a checker, always closing the browser; a hard time limit. */
export async function main(name, body, limitSeconds = 900) {
  const started = Date.now();
  const c = checks();
  const timer = setTimeout(() => {
    console.log(`FAIL ${name}: did not finish within ${limitSeconds} s`);
    process.exit(1);
  }, limitSeconds * 1000);
  let browser;
  try {
    browser = await launch();
    await body(browser, c);
  } catch (e) {
    c.fail(`${name}: ${e && e.stack ? e.stack : e}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    clearTimeout(timer);
  }
  c.finish(name, started);
}
