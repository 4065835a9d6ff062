// "Was this helpful?" and searches that found nothing (issue 24), against the receiver that
// tests/browser.rs runs on 127.0.0.1 (tests/common/receiver.rs, the one README.md documents):
// with JavaScript the answer is posted with fetch and the page stays; a failed post says so in the page's
// language and can be retried; FAQ answers send their question; a search that found nothing is reported
// once; no cookies. Without JavaScript the form posts itself and the receiver sends the reader back to
// the page's thanks message.
import { axe, baseUrl, env, formatViolations, main, newPage, typeQuery } from "./lib.mjs";

const receiver = () => env("HELPGEN_RECEIVER");
async function log() {
  const text = await (await fetch(`${receiver()}/log`)).text();
  return text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}
async function waitForLog(n, what) {
  for (let i = 0; i < 100; i++) {
    const l = await log();
    if (l.length >= n) return l;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the receiver never got ${what}: ${JSON.stringify(await log())}`);
}
async function axeClean(page, where, c) {
  const { violations } = await axe(page);
  c.ok(violations.length === 0, formatViolations(where, violations) || where);
}
const canonical = (page) => page.$eval("link[rel=canonical]", (l) => l.href);

main("feedback", async (browser, c) => {
  const page = await newPage(browser, 360);
  const statusOf = (sel) => page.$eval(`${sel} .feedback-status`, (s) => s.textContent);

  // 1. an article, with a reason: posted, the page stays, thanks in the page
  await page.goto(`${baseUrl()}en/rights/refunds/`, { waitUntil: "load" });
  const url = page.url();
  await page.type("#fb-page textarea", "The refund form link is missing");
  await page.click("#fb-page button[value=no]");
  await page.waitForFunction(() => document.querySelector("#fb-page .feedback-status").textContent === document.querySelector("#fb-page").dataset.thanks);
  c.eq(page.url(), url, "en: the page stays where it was");
  let got = await waitForLog(1, "the article's answer");
  c.eq(got[0], { answer: "no", lang: "en", page: await canonical(page), reason: "The refund form link is missing", via: "fetch" }, "en: page, language, answer and reason arrive");
  c.eq(await statusOf("#fb-page"), "Thank you for your feedback.", "en: thanks");
  await axeClean(page, "en article, feedback sent", c);

  // 2. a guide in Swedish whose first post fails: a Swedish "could not send", then a retry that works
  await fetch(`${receiver()}/fail?n=1`, { method: "POST" });
  await page.goto(`${baseUrl()}sv/complaints/file-a-complaint/`, { waitUntil: "load" });
  await page.click("#fb-page button[value=yes]");
  await page.waitForSelector("#fb-page .feedback-failed:not([hidden])");
  c.eq(await page.$eval("#fb-page .feedback-failed p", (p) => p.textContent), "Din återkoppling kunde inte skickas.", "sv: a failed post says so in Swedish");
  c.eq(await page.$eval("#fb-page [data-action=retry]", (b) => b.textContent), "Försök igen", "sv: the retry button is Swedish");
  await axeClean(page, "sv guide, feedback failed", c);
  await page.click("#fb-page [data-action=retry]");
  await page.waitForFunction(() => document.querySelector("#fb-page .feedback-status").textContent === "Tack för din återkoppling.");
  c.ok(await page.$eval("#fb-page .feedback-failed", (d) => d.hidden), "sv: the error goes once the retry worked");
  got = await waitForLog(2, "the retried answer");
  c.eq([got[1].answer, got[1].lang, got[1].reason], ["yes", "sv", ""], "sv: the retry carries the answer");

  // 3. an FAQ answer in Traditional Chinese sends its question
  await page.goto(`${baseUrl()}zh-hant/faq/questions/`, { waitUntil: "load" });
  const q = await page.$eval(".faq-item", (d) => d.id);
  await page.click(`#${q} summary`);
  c.eq(await page.$eval(`#fb-${q} legend`, (l) => l.textContent), "這個回答有幫助嗎？", "zh-Hant: the answer's question is Chinese");
  await page.click(`#fb-${q} button[value=yes]`);
  got = await waitForLog(3, "the FAQ answer's vote");
  c.eq([got[2].answer, got[2].lang, got[2].question], ["yes", "zh-Hant", q], "zh-Hant: the FAQ answer sends its question");

  // 4. a search that found nothing, reported once (not every prefix typed on the way)
  await page.goto(`${baseUrl()}kk/`, { waitUntil: "load" });
  await page.focus("#search-input");
  await typeQuery(page, "qxzvwq");
  got = await waitForLog(4, "the empty search");
  await new Promise((r) => setTimeout(r, 2500));
  got = await log();
  const searches = got.filter((r) => r.kind === "empty-search");
  c.eq(searches.map((r) => [r.query, r.lang]), [["qxzvwq", "kk"]], "kk: the search that found nothing is reported once");
  c.eq(await page.evaluate(() => document.cookie), "", "no cookies on the page");

  // 5. without JavaScript: the form posts itself, the receiver sends the reader back to the thanks
  await page.setJavaScriptEnabled(false);
  await page.goto(`${baseUrl()}ro/rights/refunds/`, { waitUntil: "load" });
  await page.type("#fb-page textarea", "Lipsește un exemplu");
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("#fb-page button[value=yes]")]);
  c.ok(page.url().endsWith("/ro/rights/refunds/#fb-page-thanks"), `ro without JavaScript: back on the page at the thanks (${page.url()})`);
  const thanks = await page.$eval("#fb-page-thanks", (p) => ({ shown: p.offsetHeight > 0, text: p.textContent }));
  c.eq(thanks, { shown: true, text: "Vă mulțumim pentru părere." }, "ro without JavaScript: the thanks shows, in Romanian");
  got = await log();
  const last = got[got.length - 1];
  c.eq([last.answer, last.lang, last.reason, last.via], ["yes", "ro", "Lipsește un exemplu", undefined], "ro without JavaScript: the answer and reason arrive");
  await page.setJavaScriptEnabled(true);
  c.eq(page.errors.filter((e) => !/HTTP 500/.test(e)), [], "no page errors (besides the 500 the test asked for)");
});
