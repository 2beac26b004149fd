// End-to-end check of the Unrest web app in Debian's headless chromium, driven by playwright-core.
// Usage: node e2e.cjs BASE_URL SCREENSHOT_DIR  (run by tests/web/test_e2e.py)
// Prints one JSON line of findings; exits non-zero on the first failed expectation.
"use strict";
const path = require("path");
const fs = require("fs");
const os = require("os");
const { chromium } = require(path.join(__dirname, "..", "..", "web", "node_modules", "playwright-core"));

const [base, shots] = process.argv.slice(2);
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

function expect(ok, message) {
  if (!ok) { throw new Error("expectation failed: " + message); }
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "unrest-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true, args: ARGS, viewport: { width: 1280, height: 900 },
  });
  const found = { dialogs: 0, external: [], pageErrors: [] };
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on("dialog", async (d) => { found.dialogs += 1; await d.dismiss(); });
    page.on("pageerror", (e) => found.pageErrors.push(String(e)));
    page.on("request", (r) => { if (!r.url().startsWith(base)) { found.external.push(r.url()); } });

    // events page: list, timeline, map points over outlines
    await page.goto(base + "/");
    await page.waitForSelector("#map[data-outlines=loaded]");
    found.allRows = await page.locator("tr.event-row").count();
    found.points = await page.locator("#map path.event-point").count();
    found.timelineBars = await page.locator("#timeline rect.tl-bar").count();
    expect(found.allRows >= 2, "events listed");
    expect(found.points >= 1, "event places drawn on the map");
    expect(found.timelineBars >= 1, "timeline drawn");
    await page.screenshot({ path: path.join(shots, "events.png"), fullPage: true });

    // filter by type
    await page.selectOption("#f-type", "attack");
    await Promise.all([page.waitForURL(/type=attack/), page.click("#f-submit")]);
    await page.waitForSelector("#map[data-outlines=loaded]");
    found.filteredRows = await page.locator("tr.event-row").count();
    const types = await page.locator("tr.event-row .badge").allTextContents();
    expect(found.filteredRows >= 1 && found.filteredRows < found.allRows, "filter narrows the list");
    expect(types.every((t) => t.trim() === "attack"), "only attack events after filtering");

    // open the event and find its evidence highlighted
    await Promise.all([page.waitForURL(/\/events\//), page.locator("a.event-link").first().click()]);
    const mark = page.locator("#evidence mark.evidence").first();
    await mark.waitFor();
    found.evidence = (await mark.textContent()).trim();
    found.markColour = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    found.bars = await page.locator("svg.chart rect.bar").count();
    expect(found.evidence.length > 10, "evidence sentence shown");
    expect(found.markColour !== "rgba(0, 0, 0, 0)", "evidence highlighted");
    expect(found.bars >= 2, "competing figures charted");
    await page.locator("svg.chart a.bar-link rect.bar").first().click();
    found.targeted = await page.evaluate(() => location.hash);
    await page.screenshot({ path: path.join(shots, "event.png"), fullPage: true });

    // the document page of that evidence, with its highlights
    await Promise.all([
      page.waitForURL(/\/documents\//),
      page.locator(".evidence-card a[href^='/documents/']").first().click(),
    ]);
    found.highlighted = await page.locator("#article .seg.ev").count();
    expect(found.highlighted >= 1, "mentions highlighted in the article");
    await page.screenshot({ path: path.join(shots, "document.png"), fullPage: true });

    // every page that shows hostile article text: nothing of it may run
    for (const url of ["/documents", "/"]) {
      await page.goto(base + url);
    }
    const links = await page.locator("a[href^='/documents/'], a[href^='/events/']").evaluateAll(
      (as) => as.map((a) => a.getAttribute("href")));
    for (const href of [...new Set(links)]) {
      await page.goto(base + href);
      await page.mouse.move(10, 10);
      const xss = await page.evaluate(() => window.__xss);
      expect(xss === undefined, "article script ran on " + href + ": " + xss);
    }
    found.javascriptLinks = await page.locator("a[href^='javascript:' i]").count();
    found.checkedPages = links.length;
    expect(found.dialogs === 0, "no dialog opened");
    expect(found.external.length === 0, "no request left the server: " + found.external.join(" "));
    expect(found.pageErrors.length === 0, "no script error: " + found.pageErrors.join(" "));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(JSON.stringify(found));
}

main().catch((err) => { console.error(String(err && err.stack || err)); process.exit(1); });
