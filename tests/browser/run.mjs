// Real-browser checks of `anslag serve`: every page loaded in headless Chromium (Debian's
// package) and checked with axe-core against WCAG 2.1 A and AA; the scenario form filled in,
// submitted and read back; the skip link reached by keyboard. Fails (exit 1) on any violation.
//
// Usage: node run.mjs [path-to-anslag-binary]   (default: ../../target/debug/anslag)

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const binary = process.argv[2] ?? path.join(root, "target/debug/anslag");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const port = 18000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;

const pages = [
  "/",
  "/ansokningar",
  "/ansokningar?pott=foretagsstod&sortera=poang&ordning=fallande",
  "/ansokan/2021-0004",
  "/ansokan/2021-0038",
  "/strategi",
  "/scenarier",
  "/scenarier?simulera=1&budget.projektmedel=12+mkr&budget.foretagsstod=13%2C2+mkr&budget.kommersiell_service=0%2C5+mkr&vikt.alignment=0%2C5&vikt.agenda2030=0%2C2&vikt.quality=0%2C3&min_score=35",
  "/scenarier?simulera=1&budget.projektmedel=mycket&budget.foretagsstod=13%2C2+mkr&budget.kommersiell_service=0%2C5+mkr&vikt.alignment=0%2C5&vikt.agenda2030=0%2C2&vikt.quality=0%2C3",
  "/jamfor",
  "/budgetkurva",
  "/beslutsunderlag",
  "/stodregister",
  "/stodregister?sok=Kolb%C3%A4cks",
  "/beslut",
  "/beslut?organ=Regionstyrelsen",
  "/offentlig",
  "/rapport/villkor?ar=2020",
  "/rapport/namnd?ar=2020",
  "/rapport/lanet",
  "/rapport/villkor?ar=2020&lang=en",
  "/tillganglighet",
  "/ordlista",
  "/finns-inte",
  "/ansokningar?sortera=fel",
  "/?lang=en",
  "/ansokan/2021-0004?lang=en",
  "/beslutsunderlag?lang=en",
  "/scenarier?lang=en",
  "/stodregister?lang=en",
];

function startServer() {
  const server = spawn(binary, ["serve", "--bind", `127.0.0.1:${port}`, "--data", root], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  return server;
}

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url} within ${seconds} s`);
}

const failures = [];
const server = startServer();
let browser;
try {
  await waitFor(`${base}/tillganglighet`, 300);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  // axe is injected by the test; the pages themselves forbid every script (CSP).
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true, locale: "sv-SE" });
  const page = await context.newPage();

  // The checker itself must be able to fail: a page with an image without alt text.
  await page.setContent("<!DOCTYPE html><html><head><title>x</title></head><body><img src='data:,'></body></html>");
  await page.addScriptTag({ path: axePath });
  const selfCheck = await page.evaluate(async () => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a"] } }));
  if (!selfCheck.violations.some((v) => v.id === "image-alt")) failures.push("axe did not flag a missing alt text: the checker is broken");

  // The budget curve is computed in the background after start; wait for it so that its
  // chart page is checked too.
  const curveUntil = Date.now() + 240_000;
  while (Date.now() < curveUntil) {
    const text = await (await fetch(`${base}/budgetkurva`)).text();
    if (text.includes("Förslaget vid varje budgetnivå")) break;
    await new Promise((r) => setTimeout(r, 1000));
  }

  for (const url of pages) {
    const response = await page.goto(base + url, { waitUntil: "load" });
    const status = response?.status() ?? 0;
    if (status >= 500) failures.push(`${url}: HTTP ${status}`);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }),
    );
    for (const v of result.violations) {
      const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ");
      failures.push(`${url}: ${v.id} (${v.impact}): ${v.help} — ${where}`);
    }
    console.log(`${status} ${url}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
  }

  // A phone (390 px) and 400 % zoom (320 CSS px, WCAG 1.4.10 Reflow): no page scrolls
  // sideways (a wide table scrolls in a region of its own), and axe passes at both widths.
  for (const width of [390, 320]) {
    const narrow = await (await browser.newContext({ bypassCSP: true, locale: "sv-SE", viewport: { width, height: 900 } })).newPage();
    for (const url of pages.filter((u) => !u.includes("mycket") && !u.includes("finns-inte") && !u.includes("sortera=fel"))) {
      await narrow.goto(base + url, { waitUntil: "load" });
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) failures.push(`${url} at ${width} px: the page scrolls sideways by ${overflow} px`);
      await narrow.addScriptTag({ path: axePath });
      const result = await narrow.evaluate(async () =>
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      for (const v of result.violations) failures.push(`${url} at ${width} px: ${v.id} (${v.impact}): ${v.help}`);
    }
    console.log(`${width} px: every page checked for sideways scrolling and with axe`);
    await narrow.context().close();
  }

  // The beslutsunderlag on paper: Chromium prints it to A4, poppler's pdftotext reads it back
  // (-raw: a line that ends in a hyphen, "Hälso- och", stays as printed instead of joined).
  // Every proposed application (from the proposal's own CSV export) is in it, the page count
  // stays within bounds, and no word is split across lines: every word of the printed text is
  // a word of the page (a cut "utvecklingsstrate" or "2021-" is not).
  {
    const memoUntil = Date.now() + 240_000;
    while (Date.now() < memoUntil) {
      const text = await (await fetch(`${base}/beslutsunderlag`)).text();
      if (!text.includes("räknas fram just nu")) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    await page.goto(`${base}/beslutsunderlag?dnr=RUN%202021%2F17`, { waitUntil: "load" });
    const words = (text) => text.split(/\s+/u).map((w) => w.replace(/^[("'„”“]+|[)"'”“.,;:!?]+$/gu, "")).filter((w) => w.length > 0);
    const onPage = new Set(words(await page.evaluate(() => document.body.innerText)));
    const pdfPath = path.join(os.tmpdir(), `beslutsunderlag-${port}.pdf`);
    await page.pdf({ path: pdfPath, format: "A4", preferCSSPageSize: true });
    const pdf = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" });
    if (pdf.status !== 0) {
      failures.push(`beslutsunderlag: pdftotext failed: ${pdf.stderr}`);
    } else {
      const pages = pdf.stdout.split("\f").filter((p) => p.trim().length > 0).length;
      if (pages < 4 || pages > 20) failures.push(`beslutsunderlag: ${pages} A4 pages, expected 4–20`);
      const csv = await (await fetch(`${base}/export/forslag.csv`)).text();
      const proposed = csv.split("\n").slice(1).map((l) => l.split(";")).filter((c) => c[7] === "Ja").map((c) => c[0]);
      if (proposed.length < 10) failures.push(`beslutsunderlag: only ${proposed.length} proposed applications in the CSV`);
      const missing = proposed.filter((id) => !pdf.stdout.includes(id));
      if (missing.length > 0) failures.push(`beslutsunderlag: proposed but not on paper: ${missing.join(", ")}`);
      for (const needed of ["Förslag till beslut", "Regionstyrelsen", "Regionala utvecklingsnämnden", "RUN 2021/17", "Bilaga"]) {
        if (!pdf.stdout.includes(needed)) failures.push(`beslutsunderlag: "${needed}" is not on paper`);
      }
      // Page numbers "3 (12)" are the only words the page itself does not have.
      const split = [];
      for (const line of pdf.stdout.split(/\n|\f/u)) {
        if (/^\d+ \(\d+\)$/u.test(line.trim())) continue;
        for (const w of words(line)) if (!onPage.has(w)) split.push(w);
      }
      if (split.length > 0) failures.push(`beslutsunderlag: words split across lines on paper: ${[...new Set(split)].slice(0, 12).join(" | ")}`);
      console.log(`beslutsunderlag: ${pages} A4 pages, ${proposed.length} proposed applications on paper, ${split.length} split words`);
    }
    fs.rmSync(pdfPath, { force: true });
  }

  // The scenario form round-trips: what is typed comes back, with the new allocation.
  await page.goto(`${base}/scenarier`);
  await page.getByLabel("Projektmedel 2021").fill("12 mkr");
  await page.getByLabel("Ska beviljas (politiskt ställningstagande)").fill("2021-0001 Regionstyrelsens beslut");
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Beräkna ny fördelning" }).click()]);
  await page.waitForSelector("#resultat");
  const typed = await page.getByLabel("Projektmedel 2021").inputValue();
  if (typed !== "12 mkr") failures.push(`scenario form: budget came back as "${typed}"`);
  const locks = await page.getByLabel("Ska beviljas (politiskt ställningstagande)").inputValue();
  if (!locks.includes("2021-0001 Regionstyrelsens beslut")) failures.push(`scenario form: locks came back as "${locks}"`);
  // What the lock changes is said in words, naming the locked application.
  const effect = await page.locator("li", { hasText: /2021-0001.*(låsningen|föreslås)/u }).count();
  if (effect < 1) failures.push("scenario form: no sentence on what the lock changes");
  console.log("scenario form: round trip checked");

  // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
  await page.goto(`${base}/ansokningar`);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.textContent ?? "");
  if (!first.includes("Hoppa till innehållet")) failures.push(`keyboard: first Tab reaches "${first}"`);
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => document.activeElement?.id ?? "");
  if (focused !== "innehall") failures.push(`keyboard: skip link moved focus to "${focused}"`);
  console.log("keyboard: skip link checked");

  // Without JavaScript everything still works: filter the ranking with the form.
  const noJs = await browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
  const plain = await noJs.newPage();
  await plain.goto(`${base}/ansokningar`);
  await plain.getByLabel("Pott").selectOption("kommersiell_service");
  await Promise.all([plain.waitForLoadState("load"), plain.getByRole("button", { name: "Filtrera" }).click()]);
  const shown = await plain.locator("p[role=status]").textContent();
  if (!shown?.startsWith("Visar 6 av")) failures.push(`without JavaScript: filter shows "${shown}"`);
  if (!plain.url().includes("pott=kommersiell_service")) failures.push(`without JavaScript: filters not in the URL (${plain.url()})`);
  console.log("without JavaScript: filter form checked");

  // Behind a TLS proxy: a copy of the data with one account; a page sends the browser to log
  // in and back, the login and logged-in pages pass axe, and logging out ends the session.
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "anslag-login-"));
  for (const dir of ["strategies", "scenarios"]) {
    fs.cpSync(path.join(root, dir), path.join(data, dir), { recursive: true });
  }
  const added = spawnSync(binary, ["user", "add", "testare", "--data", data], { input: "ett långt lösenord\n" });
  if (added.status !== 0) failures.push(`user add: ${added.stderr}`);
  const loginPort = port + 1000;
  const loginBase = `http://127.0.0.1:${loginPort}`;
  const guarded = spawn(binary, ["serve", "--behind-proxy", "--bind", `127.0.0.1:${loginPort}`, "--data", data], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitFor(`${loginBase}/tillganglighet`, 300);
    const visitor = await (await browser.newContext({ bypassCSP: true, javaScriptEnabled: true, locale: "sv-SE" })).newPage();
    await visitor.goto(`${loginBase}/ansokan/2021-0004`);
    if (!visitor.url().includes("/logga-in")) failures.push(`login: not sent to log in (${visitor.url()})`);
    const check = async (label) => {
      await visitor.addScriptTag({ path: axePath });
      const result = await visitor.evaluate(async () =>
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      for (const v of result.violations) failures.push(`${label}: ${v.id} (${v.impact}): ${v.help}`);
      console.log(`${label}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
    };
    await check("/logga-in");
    await visitor.getByLabel("Användarnamn").fill("testare");
    await visitor.getByLabel("Lösenord").fill("ett långt lösenord");
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "Logga in" }).click()]);
    if (!visitor.url().endsWith("/ansokan/2021-0004")) failures.push(`login: came back to ${visitor.url()}`);
    if ((await visitor.locator("text=Inloggad som testare").count()) < 1) failures.push("login: the page does not name the user");
    await check("/ansokan/2021-0004 (inloggad)");
    // The rating form: a choice by name, saved, answered with what changed; a save with a
    // field missing shows every error with the focus on their summary.
    await visitor.getByLabel("Matchning på arbetsmarknaden").selectOption("2");
    await visitor.getByLabel("Skäl till ändringen").fill("Beredningsmötet");
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "Spara bedömningen" }).click()]);
    const notice = (await visitor.locator("#sparat").textContent()) ?? "";
    if (!notice.includes("Matchning på arbetsmarknaden: 3 → 2") || !notice.includes("I scenariot")) failures.push(`assessment: the notice says "${notice}"`);
    if ((await visitor.locator("table.log td", { hasText: "Beredningsmötet" }).count()) < 1) failures.push("assessment: the change log does not show the save");
    await check("/ansokan/2021-0004 (sparad)");
    // The reason left empty: the browser's own check must not stop the server's summary.
    await visitor.getByLabel("Matchning på arbetsmarknaden").selectOption("1");
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "Spara bedömningen" }).click()]);
    const focus = await visitor.evaluate(() => document.activeElement?.id ?? "");
    if (focus !== "bedomning-fel") failures.push(`assessment: after an error the focus is on "${focus}"`);
    if ((await visitor.locator("#f-why-fel").count()) < 1) failures.push("assessment: no error beside the reason");
    await check("/ansokan/2021-0004 (fel i bedömningen)");
    // The aid register: an aid entered with a bad date shows every error with the focus on
    // their summary; entered right, it is in the register and the notice says what it did.
    await visitor.goto(`${loginBase}/stodregister`);
    await visitor.getByLabel("Organisationsnummer", { exact: true }).fill("559196-1148");
    await visitor.getByLabel("Mottagare", { exact: true }).fill("Kolbäcks Energi AB");
    await visitor.getByLabel("Beslutsdag", { exact: true }).fill("2021-02-31");
    await visitor.getByLabel("Belopp i kronor", { exact: true }).fill("50 000");
    await visitor.getByLabel("Stödgivare", { exact: true }).fill("Energimyndigheten");
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "För in stödet" }).click()]);
    const registerFocus = await visitor.evaluate(() => document.activeElement?.id ?? "");
    if (registerFocus !== "stod-fel") failures.push(`register: after an error the focus is on "${registerFocus}"`);
    for (const id of ["f-datum-fel", "f-why-fel"]) {
      if ((await visitor.locator(`#${id}`).count()) < 1) failures.push(`register: no error at ${id}`);
    }
    if ((await visitor.getByLabel("Mottagare", { exact: true }).inputValue()) !== "Kolbäcks Energi AB") failures.push("register: the recipient typed was lost");
    await check("/stodregister (fel i stödet)");
    await visitor.getByLabel("Beslutsdag", { exact: true }).fill("2021-02-01");
    await visitor.getByLabel("Underlag: varifrån kommer uppgiften?").fill("Företagets intyg");
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "För in stödet" }).click()]);
    const entered = (await visitor.locator("#sparat").textContent()) ?? "";
    if (!entered.includes("Stödet är infört") || !entered.includes("50 000 kr från Energimyndigheten")) failures.push(`register: the notice says "${entered}"`);
    await check("/stodregister (infört)");
    // A meeting's decisions: a change of amount without its reason is refused at its field
    // with the focus on the summary; with the reason, the decisions are recorded and listed.
    await visitor.goto(`${loginBase}/beslut?organ=Regionala+utvecklingsn%C3%A4mnden`);
    await visitor.getByLabel("Beslutsdag", { exact: true }).fill("2021-03-18");
    await visitor.locator("#r0-belopp").fill("900 000");
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "För in besluten" }).click()]);
    const decisionFocus = await visitor.evaluate(() => document.activeElement?.id ?? "");
    if (decisionFocus !== "beslut-fel") failures.push(`decisions: after an error the focus is on "${decisionFocus}"`);
    if ((await visitor.locator("#r0-skal-fel").count()) < 1) failures.push("decisions: no error beside the reason");
    if ((await visitor.locator("#r0-belopp").inputValue()) !== "900 000") failures.push("decisions: the amount typed was lost");
    await check("/beslut (fel i besluten)");
    await visitor.locator("#r0-skal").fill("Nämnden beviljade maskinen men inte utbildningsdelen");
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "För in besluten" }).click()]);
    const recorded = (await visitor.locator("#sparat").textContent()) ?? "";
    if (!recorded.includes("Besluten är förda") || !recorded.includes("en ändring mot förslaget")) failures.push(`decisions: the notice says "${recorded}"`);
    if ((await visitor.locator("td", { hasText: "900 000 kr" }).count()) < 1) failures.push("decisions: the recorded grant is not listed");
    await check("/beslut (förda)");
    // The year's reports count the decisions just recorded; the report to the nämnd prints
    // with a page per granted project.
    await visitor.goto(`${loginBase}/rapport/villkor?ar=2021`);
    const villkorText = (await visitor.locator("main").textContent()) ?? "";
    if (!villkorText.includes("beviljades med sammanlagt") || !villkorText.includes("900 000 kr")) failures.push("reports: the villkorsbeslut report does not count the recorded decisions");
    await check("/rapport/villkor (efter beslut)");
    await visitor.goto(`${loginBase}/rapport/namnd?ar=2021`);
    await check("/rapport/namnd (efter beslut)");
    const granted = await visitor.locator("section.presentation").count();
    const runPdf = path.join(os.tmpdir(), `namnd-${port}.pdf`);
    await visitor.pdf({ path: runPdf, format: "A4", preferCSSPageSize: true });
    const runText = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", runPdf, "-"], { encoding: "utf8" });
    if (runText.status === 0) {
      const runPages = runText.stdout.split("\f").filter((p) => p.trim().length > 0).length;
      if (granted < 1 || runPages < granted + 1) failures.push(`reports: ${runPages} pages for ${granted} project presentations`);
      if (!runText.stdout.includes("Projektpresentationer")) failures.push("reports: the presentations are not on paper");
      console.log(`rapport till nämnden: ${runPages} A4 pages, ${granted} project presentations`);
    } else {
      failures.push(`reports: pdftotext failed: ${runText.stderr}`);
    }
    fs.rmSync(runPdf, { force: true });
    await Promise.all([visitor.waitForLoadState("load"), visitor.getByRole("button", { name: "Logga ut" }).click()]);
    await visitor.goto(`${loginBase}/`);
    if (!visitor.url().includes("/logga-in")) failures.push(`logout: still logged in (${visitor.url()})`);
    console.log("login: log in, back to the page, log out checked");
  } finally {
    guarded.kill("SIGINT");
    fs.rmSync(data, { recursive: true, force: true });
  }
} catch (e) {
  failures.push(`error: ${e?.stack ?? e}`);
} finally {
  await browser?.close();
  server.kill("SIGINT");
}

if (failures.length > 0) {
  console.error(`\n${failures.length} problems:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log("\nbrowser tests: every page passes axe (WCAG 2.1 A/AA)");
