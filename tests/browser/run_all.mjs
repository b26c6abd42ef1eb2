// Opens a notebook in JupyterLab in headless Chromium, runs all cells through the UI, waits until the
// kernel is idle, checks what a student would see, saves the notebook and takes a screenshot.
//
//   node run_all.mjs LAB_URL NOTEBOOK SCREENSHOT
//
// LAB_URL is http://127.0.0.1:PORT/lab?token=...; NOTEBOOK a path relative to the server's root.
// Prints one JSON line (cells, executed, errors, image size, seconds); exits 1 with a one-line reason.
// Debian's chromium, not Playwright's download (none works on a closed network); the flags stop its
// background connections, which such a network refuses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [labUrl, notebook, screenshot] = process.argv.slice(2);
if (!screenshot) {
  console.error('usage: node run_all.mjs LAB_URL NOTEBOOK SCREENSHOT');
  process.exit(2);
}
const RUN_TIMEOUT = Number(process.env.RUN_TIMEOUT || 240_000); // Run All on a loaded 2-core machine: kernel start + training
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const fail = (message) => {
  throw new Error(message);
};

const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const start = Date.now();
let code = 0;
const page = context.pages()[0] ?? await context.newPage();
const consoleErrors = []; // the page's own errors, reported when the run fails
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
page.on('pageerror', (e) => consoleErrors.push(e.message));
try {
  const url = new URL(labUrl);
  url.pathname = `/lab/tree/${notebook}`;
  await page.goto(url.href);

  // The notebook is open, its kernel has started and the page is connected to it (the server's view:
  // Lab drops a Run All sent while the kernel is still starting).
  const panel = page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)');
  await panel.locator('.jp-CodeCell').first().waitFor({ timeout: 60_000 });
  const kernels = new URL('/api/kernels', url);
  kernels.search = url.search;
  for (let ready = false; !ready;) {
    if (Date.now() - start > 120_000) fail('the kernel did not start and connect within 120 s');
    const list = await (await fetch(kernels)).json();
    ready = list.length === 1 && list[0].execution_state === 'idle' && list[0].connections > 0;
    if (!ready) await page.waitForTimeout(500);
  }
  await page.getByText(/\|\s*Idle\s*$/).first().waitFor({ timeout: 30_000 }); // the status bar

  // Run > Run All Cells, as a student would.
  await page.locator('.lm-MenuBar-item', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();

  // Done when no cell is queued or running ([*]) and the last cell ran or an error stopped the run.
  const cells = panel.locator('.jp-CodeCell');
  const total = await cells.count();
  await page.waitForFunction(() => {
    const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')]
      .map((p) => p.textContent.trim());
    const idle = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator')
      ?.getAttribute('data-status') === 'idle';
    return idle && !prompts.some((p) => p.includes('*')) && prompts.some((p) => /\[\d+\]/.test(p));
  }, null, { timeout: RUN_TIMEOUT, polling: 250 });
  const seconds = (Date.now() - start) / 1000;

  const executed = await panel.locator('.jp-CodeCell .jp-InputPrompt', { hasText: /\[\d+\]/ }).count();
  // Lab renders error outputs and stderr streams with this MIME type.
  const errors = panel.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
  const errorTexts = await errors.allInnerTexts();

  // The loss curve: the image output of the cell that calls Plots.loss, decoded by the browser.
  const plotCell = cells.filter({ has: page.locator('.cm-content', { hasText: 'Plots.loss(' }) });
  const img = plotCell.locator('.jp-OutputArea-output img');
  const image = (await img.count()) === 1
    ? await img.evaluate((el) => ({ complete: el.complete, width: el.naturalWidth, height: el.naturalHeight }))
    : null;

  if (image) await img.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot });

  // Save through the UI, so the caller can read the outputs the browser received.
  await page.locator('.lm-MenuBar-item', { hasText: /^File$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Save Notebook$/ }).click();
  await page.locator('.lm-TabBar-tab.jp-mod-dirty').waitFor({ state: 'detached', timeout: 30_000 });

  console.log(JSON.stringify({ cells: total, executed, errors: errorTexts.length, image, seconds }));
  if (errorTexts.length) fail(`${errorTexts.length} error/stderr output(s), the first: ${errorTexts[0].split('\n')[0]}`);
  if (executed !== total) fail(`${executed} of ${total} code cells ran`);
  if (!image) fail('no loss-curve image in the output of the cell calling Plots.loss');
  if (!image.complete || image.width < 100 || image.height < 100) {
    fail(`the loss-curve image did not render: ${JSON.stringify(image)}`);
  }
} catch (e) {
  console.error(`browser test: ${e.message.split('\n')[0]}`);
  for (const text of consoleErrors.slice(0, 10)) console.error(`  page console: ${text.split('\n')[0]}`);
  code = 1;
  await page.screenshot({ path: screenshot }).catch(() => {}); // what the page showed when it failed
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(code);
