// Opens the GraphQL IDE at <url> in Debian's chromium, runs <query> there and waits until the response pane shows
// <expectedText>; saves a screenshot to <screenshotPath> either way. Exits non-zero if the text never appears.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, query, expectedText, screenshotPath] = process.argv.slice(2);
if (!url || !query || !expectedText || !screenshotPath) {
  console.error('usage: node ide.mjs <ide url> <query> <expected text> <screenshot path>');
  process.exit(2);
}

const timeout = 60_000;
const userDataDir = mkdtempSync(join(tmpdir(), 'graphql-ide-profile-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1400, height: 900 },
});

const normalize = (text) => text.replace(/\s+/g, ' ').trim();
const sendsQuery = (request) => {
  if (request.method() !== 'POST') return false;
  try {
    return normalize(JSON.parse(request.postData() ?? '{}').query ?? '') === normalize(query);
  } catch {
    return false;
  }
};

let passed = false;
const page = context.pages()[0] ?? (await context.newPage());
try {
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle', timeout });
  await page.getByRole('button', { name: /Create Document/ }).first().click({ timeout });

  // Request editor first, response editor second; insertText avoids Monaco's auto-closing brackets.
  const requestEditor = page.locator('.monaco-editor').first();
  await requestEditor.click({ timeout });
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  // The IDE stores editor changes after a debounce, so a run right after typing may still send the previous
  // (empty) document: run again until the request that goes out carries the typed query.
  const runDeadline = Date.now() + timeout;
  let sent = false;
  while (!sent && Date.now() < runDeadline) {
    const request = page.waitForRequest(sendsQuery, { timeout: 1_000 }).then(() => true, () => false);
    await page.getByRole('button', { name: /Run Operation/ }).click({ timeout });
    sent = await request;
  }

  // Editors in page order: request, response, variables. Monaco renders spaces as no-break spaces.
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline && !passed) {
    const editors = await page.locator('.monaco-editor .view-lines').allInnerTexts();
    passed = editors.slice(1).some((text) => text.replace(/\u00a0/g, ' ').includes(expectedText));
    if (!passed) await page.waitForTimeout(250);
  }
  console.log(passed ? `IDE response shows "${expectedText}"` : `IDE response never showed "${expectedText}"`);
} catch (error) {
  console.error(`IDE check failed: ${error.message}`);
} finally {
  await page.screenshot({ path: screenshotPath }).catch((error) => console.error(`screenshot failed: ${error.message}`));
  console.log(`screenshot: ${screenshotPath}`);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

process.exit(passed ? 0 : 1);
