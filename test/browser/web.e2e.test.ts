/**
 * The admin web app in a real browser (Debian's Chromium through playwright-core) against a real
 * calsync and the Cal.com simulator (issue 5 "Done when"). Builds web/dist first when it is missing
 * or older than web/src. Every test saves a screenshot into artifacts/screenshots/ (a failing one as
 * FAILED-<test>.png). Without Chromium the tests are skipped with a printed reason, unless CI is set.
 * The README's docs/screenshot-services.png is rewritten only with UPDATE_README_SCREENSHOT=1.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, startHarness, type Harness } from '../harness.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOSTILE = `<img src=x onerror="window.__pwned=1">Färben & "Schneiden"`;
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
/** On a machine without Chromium `npm test` skips these (with the reason); in CI a missing Chromium fails loudly. */
const SKIP = !HAVE_CHROMIUM && !process.env.CI;
if (SKIP)
  console.warn(
    `[browser tests skipped] ${CHROMIUM} is missing (apt-get install -y chromium, or set CHROMIUM_PATH). Set CI=1 to make this a failure instead.`,
  );

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when web/dist is missing or older than its sources (the server serves web/dist). */
function ensureWebBuilt() {
  const index = path.join(repo, 'web/dist/index.html');
  const sources = Math.max(newestMtime(path.join(repo, 'web/src')), fs.statSync(path.join(repo, 'web/index.html')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' }, // vitest sets NODE_ENV=test, which would bundle React's development build
  });
}

let h: Harness;
let browser: Browser;
let companyId: string;
let branchId: string;
const contexts: BrowserContext[] = [];
let shotsThisTest = 0;

/** A signed-in page (English unless told otherwise). The axe script is injected inline, so CSP is bypassed for the test only. */
async function signedIn(locale = 'en-GB'): Promise<Page> {
  const ctx = await browser.newContext({ locale, bypassCSP: true, viewport: { width: 1440, height: 950 } });
  contexts.push(ctx);
  // The company every test works in unless it switches (the list is ordered by name, and tests add companies).
  await ctx.addInitScript((id) => {
    if (!localStorage.getItem('calsync.company')) localStorage.setItem('calsync.company', id);
  }, companyId);
  const page = await ctx.newPage();
  page.on('dialog', (d) => {
    throw new Error(`unexpected browser dialog: ${d.message()}`);
  });
  await page.goto(`${h.url}/`);
  await page.getByLabel(/^(Email|E-Mail)$/).fill(ADMIN.email);
  await page.getByLabel(/^(Password|Passwort)$/).fill(ADMIN.password);
  await page.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Services|Dienstleistungen)$/ }).waitFor();
  return page;
}

const fileName = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
const shot = (page: Page, name: string) => {
  shotsThisTest++;
  return page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
};

const svc = async (id: string) => (await h.api('GET', `/api/services/${id}`)).body;
const waitApiStatus = (id: string, status: string) =>
  h.waitFor(async () => ((await svc(id)).syncStatus === status ? svc(id) : null), `service ${id} to be ${status}`, 30_000);

async function createSynced(name: string, extra: Record<string, unknown> = {}) {
  const r = await h.api('POST', '/api/services', { companyId, name, durationMinutes: 45, price: 39.9, currency: 'EUR', ...extra });
  expect(r.status).toBe(201);
  return waitApiStatus(r.body.id, 'synced');
}

/** The sync indicator of the status shown on the page (row or service page), as the person sees it. */
const statusOn = (page: Page, scope: string, status: string, timeout = 30_000) =>
  page.waitForSelector(`${scope} [data-testid="sync-indicator"][data-status="${status}"]`, { timeout });

async function axeSeriousOrCritical(page: Page) {
  await page.addScriptTag({ path: path.join(repo, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => n.target.join(' ')).slice(0, 5) }));
  });
  return (result as { id: string; impact: string }[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe.skipIf(SKIP)('admin web app in Chromium', () => {
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
    ensureWebBuilt();
    fs.mkdirSync(shots, { recursive: true });
    h = await startHarness();
    companyId = (await h.company('Salon Sonnenschein')).id;
    branchId = (await h.api('POST', `/api/companies/${companyId}/branches`, { name: 'Berlin Mitte' })).body.id;
    // launch() gives every run a fresh temporary profile (the --user-data-dir STACK.md asks for).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
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
    });
  }, 180_000);

  beforeEach(() => {
    shotsThisTest = 0;
  });

  // Every test leaves a screenshot: a failing one as FAILED-<test>.png (the page as it was when it failed),
  // a passing one that saved none as <test>.png.
  afterEach(async ({ task }) => {
    const failed = task.result?.state === 'fail';
    const page = contexts.at(-1)?.pages().at(-1);
    if (page && !page.isClosed() && (failed || shotsThisTest === 0))
      await page.screenshot({ path: path.join(shots, `${failed ? 'FAILED-' : ''}${fileName(task.name)}.png`), fullPage: true }).catch(() => {});
    await h?.simApi('DELETE', '/_sim/faults');
    while (contexts.length) await contexts.pop()!.close().catch(() => {});
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('signs in and out', async () => {
    const page = await signedIn();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conflicts' }).isVisible()).resolves.toBe(true);
    expect(await page.getByLabel('Company').inputValue()).toBe(companyId);
    await shot(page, '01-signed-in');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to calsync' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to calsync' }).waitFor();
    await shot(page, '01-signed-out');
  });

  it('rejects a wrong password with a message', async () => {
    const ctx = await browser.newContext({ locale: 'en-GB' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    await page.goto(`${h.url}/`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    await shot(page, '02-login-failed');
    // The server's refusal is told in the person's language.
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-Mail oder Passwort ist falsch.' }).waitFor();
    await shot(page, '02-login-failed-de');
  });

  it('creates a service (validation next to fields) and watches it turn from pending to synced', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: 'New service' }).click();
    await page.getByRole('heading', { name: 'New service' }).waitFor();
    await page.getByLabel('Duration (minutes)').fill('0');
    await page.getByRole('button', { name: 'Create service' }).click();
    await page.getByText('Enter a name.').waitFor();
    await page.getByText('A whole number of minutes from 1 to 1,440.').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/Cal\.com cannot receive prices/).waitFor();
    await shot(page, '03-create-validation');

    // Hold Cal.com's answer to the create for a moment, so "pending" is on screen long enough to see.
    await h.simApi('POST', '/_sim/faults', { method: 'POST', path: '^/v2/event-types$', delayMs: 1200, times: 1 });
    await page.getByLabel('Name', { exact: true }).fill(HOSTILE);
    await page.getByLabel('Duration (minutes)').fill('90');
    await page.getByLabel('Price').fill('120.50');
    await page.getByLabel('Branch').selectOption({ label: 'Berlin Mitte' });
    await page.getByRole('button', { name: 'Create service' }).click();
    await page.getByRole('heading', { level: 1, name: HOSTILE }).waitFor();
    await statusOn(page, '#status-h ~ .indicators', 'pending', 5000);
    await shot(page, '03-created-pending');
    await statusOn(page, '#status-h ~ .indicators', 'synced');
    await page.getByText('Bookable: phone and online').first().waitFor();
    await shot(page, '03-created-synced');
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.locator('h1 img').count()).toBe(0);

    // The table shows it too, escaped, with the price in the locale.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Services', exact: true }).click();
    const row = page.locator('tr[data-testid="service-row"]', { hasText: 'Färben' });
    await row.waitFor();
    expect(await row.locator('th').innerText()).toBe(HOSTILE);
    expect(await row.innerText()).toContain('€120.50');
    expect(await row.innerText()).toContain('Berlin Mitte');
    expect(await row.locator('img').count()).toBe(0);
  });

  it('edits a service and watches it go pending → synced, with the edit in the history', async () => {
    const s = await createSynced('Herrenschnitt');
    const page = await signedIn();
    await page.goto(`${h.url}/services/${s.id}`);
    await statusOn(page, '#status-h ~ .indicators', 'synced');
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', delayMs: 1200, times: 1 });
    await page.getByLabel('Duration (minutes)').fill('50');
    await page.getByLabel('Name', { exact: true }).fill('Herrenschnitt Deluxe');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await statusOn(page, '#status-h ~ .indicators', 'pending', 5000);
    await page.getByTestId('notice').filter({ hasText: 'Saved “Herrenschnitt Deluxe”' }).waitFor();
    await shot(page, '04-edit-pending');
    await statusOn(page, '#status-h ~ .indicators', 'synced');
    await page.getByTestId('history').getByText('Duration (minutes): 45 min → 50 min').waitFor({ timeout: 10_000 });
    await page.getByTestId('history').getByText('Sent to Cal.com').first().waitFor({ timeout: 10_000 });
    await shot(page, '04-edit-synced');
    const et = (await h.simApi('GET', '/_sim/event-types')).body.data.find((e: any) => e.id === s.calcomEventTypeId);
    expect(et).toMatchObject({ title: 'Herrenschnitt Deluxe', lengthInMinutes: 50 });
  });

  it('shows a message only the server can give next to its field (a link name another service uses)', async () => {
    const first = await createSynced('Föhnen kurz');
    const s = await createSynced('Föhnen lang');
    const page = await signedIn();
    await page.goto(`${h.url}/services/${s.id}`);
    const slug = page.getByLabel('Link name (slug)');
    expect(await slug.inputValue()).toBe(s.slug);
    const patches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH') patches.push(r.postData() ?? '');
    });
    // The form's own check accepts it (the format is fine): only the server knows the name is taken.
    await slug.fill(first.slug);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const message = 'Another service of this company already uses this link name. Choose another one.';
    await page.getByText(message).waitFor();
    expect(patches.map((b) => JSON.parse(b))).toEqual([{ slug: first.slug }]);
    expect(await slug.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await slug.getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toContain(message);
    expect(await slug.locator('xpath=..').innerText()).toContain(message);
    await shot(page, '03-server-validation');
    expect((await svc(s.id)).slug).toBe(s.slug);
  });

  it('keeps a value reloaded from Cal.com (or changed by someone else) when the open form saves another field', async () => {
    const s = await createSynced('Balayage lang', { durationMinutes: 120, bufferTimeMinutes: 10 });
    const page = await signedIn();
    await page.goto(`${h.url}/services/${s.id}`);
    await statusOn(page, '#status-h ~ .indicators', 'synced');
    const duration = page.getByLabel('Duration (minutes)');
    expect(await duration.inputValue()).toBe('120');

    // Someone changed the duration in Cal.com; the person takes it over while the form stays open.
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { lengthInMinutes: 150 });
    await page.getByRole('button', { name: 'Reload from Cal.com…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reload “Balayage lang” from Cal.com' });
    await dialog.getByRole('checkbox', { name: 'Take Cal.com’s value for Duration (minutes)' }).check();
    await dialog.getByRole('button', { name: 'Take selected values from Cal.com' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Took 1 value(s) from Cal.com into “Balayage lang”' }).waitFor();
    // The untouched field follows the service.
    await expect.poll(() => duration.inputValue(), { timeout: 10_000 }).toBe('150');
    await page.getByLabel('Name', { exact: true }).fill('Balayage lang (neu)');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: 'Saved “Balayage lang (neu)”' }).waitFor();
    expect(await svc(s.id)).toMatchObject({ name: 'Balayage lang (neu)', durationMinutes: 150 });

    // With an unsaved edit in the form, another person changes a different field through the API.
    await page.getByLabel('Name', { exact: true }).fill('Balayage extra lang');
    expect((await h.api('PATCH', `/api/services/${s.id}`, { bufferTimeMinutes: 15 })).status).toBe(200);
    await expect.poll(() => page.getByLabel('Buffer after (minutes)').inputValue(), { timeout: 10_000 }).toBe('15');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Balayage extra lang');
    const patches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH') patches.push(r.postData() ?? '');
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: 'Saved “Balayage extra lang”' }).waitFor();
    expect(patches.map((b) => JSON.parse(b))).toEqual([{ name: 'Balayage extra lang' }]);
    expect(await svc(s.id)).toMatchObject({ name: 'Balayage extra lang', durationMinutes: 150, bufferTimeMinutes: 15 });
    await shot(page, '04-form-keeps-reloaded-value');
  });

  it('finds drift after an edit in Cal.com, shows the chip and the diff, and reloads one field with confirmation', async () => {
    const s = await createSynced('Balayage', { durationMinutes: 120 });
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { title: 'Balayage (Cal.com)', lengthInMinutes: 150 });
    const page = await signedIn();
    await page.getByLabel('Search by name or link').fill('Balayage');
    const row = page.locator(`tr[data-service-id="${s.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('drift-chip').count()).toBe(0);
    await page.getByRole('button', { name: 'Check Cal.com for changes' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Checked Cal.com' }).waitFor({ timeout: 30_000 });
    await row.getByTestId('drift-chip').waitFor({ timeout: 10_000 });
    expect(await row.getByTestId('drift-chip').innerText()).toContain('Cal.com differs (2)');
    // A duration difference stops bookings, and the popover says why.
    await row.getByTestId('bookable-chip').filter({ hasText: 'Not bookable' }).waitFor();
    // Keyboard focus opens the popover too, and unlike a hover it survives the table's live refresh
    // moving the row under a still mouse.
    await row.locator('.status-cell .info-btn').focus();
    const pop = row.getByTestId('status-popover');
    await pop.waitFor();
    expect(await pop.innerText()).toContain('Cal.com shows a different duration than calsync');
    await shot(page, '05-drift-chip');

    await row.getByRole('button', { name: 'Reload from Cal.com: Balayage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reload “Balayage” from Cal.com' });
    await dialog.waitFor();
    const durationBox = dialog.getByRole('checkbox', { name: 'Take Cal.com’s value for Duration (minutes)' });
    await durationBox.waitFor();
    expect(await dialog.innerText()).toContain('Balayage (Cal.com)');
    expect(await dialog.innerText()).toContain('150 min');
    // Nothing changes without a choice and the explicit confirm.
    await dialog.getByRole('button', { name: 'Take selected values from Cal.com' }).click();
    await dialog.getByText('Select at least one field.').waitFor();
    expect((await svc(s.id)).durationMinutes).toBe(120);
    await durationBox.check();
    await shot(page, '05-reload-diff');
    await dialog.getByRole('button', { name: 'Take selected values from Cal.com' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Took 1 value(s) from Cal.com into “Balayage”' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const after = await svc(s.id);
    expect(after.durationMinutes).toBe(150);
    expect(after.name).toBe('Balayage');
    await row.getByTestId('drift-chip').filter({ hasText: '(1)' }).waitFor({ timeout: 10_000 });
    await shot(page, '05-reloaded');

    // The conflicts inbox lists the remaining difference side by side.
    await page.getByRole('link', { name: 'Conflicts' }).click();
    const table = page.getByTestId('divergence-table');
    await table.getByText('Balayage (Cal.com)').waitFor();
    await shot(page, '05-conflicts-inbox');
  });

  it('keeps calsync’s name from the conflicts inbox and leaves the duration difference open', async () => {
    const s = await createSynced('Hochsteckfrisur', { durationMinutes: 60 });
    // Someone changed both the title and the length in Cal.com; a check of Cal.com finds both.
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { title: 'Hochsteckfrisur (Cal.com)', lengthInMinutes: 75 });
    expect((await h.api('POST', '/api/reconcile', { companyId })).status).toBe(200);
    const openFields = async () => ((await svc(s.id)).divergences as { field: string }[]).map((d) => d.field).sort();
    await h.waitFor(async () => ((await openFields()).length === 2 ? true : null), 'Hochsteckfrisur to have two divergences');
    expect(await openFields()).toEqual(['durationMinutes', 'name']);

    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conflicts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conflicts inbox' }).waitFor();
    const table = page.getByTestId('divergence-table');
    const rowsOf = table.locator('tbody tr', { has: page.getByRole('link', { name: 'Hochsteckfrisur', exact: true }) });
    const nameRow = rowsOf.filter({ has: page.getByRole('rowheader', { name: 'Name', exact: true }) });
    const durationRow = rowsOf.filter({ has: page.getByRole('rowheader', { name: 'Duration (minutes)', exact: true }) });
    await nameRow.waitFor();
    await durationRow.waitFor();
    expect(await rowsOf.count()).toBe(2);
    expect(await nameRow.innerText()).toContain('Hochsteckfrisur (Cal.com)');
    await shot(page, '05-conflicts-two-fields');

    const posts: { url: string; body: string }[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith(`/api/services/${s.id}/sync`)) posts.push({ url: r.url(), body: r.postData() ?? '' });
    });
    await nameRow.getByRole('button', { name: 'Keep calsync’s (sync to Cal.com): Hochsteckfrisur, Name', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: 'Keeping calsync’s Name for “Hochsteckfrisur”: it is on its way to Cal.com.' }).waitFor();
    expect(posts.map((p) => JSON.parse(p.body))).toEqual([{ fields: ['name'] }]);

    // Cal.com gets calsync's name back; its length stays Cal.com's.
    const eventType = async () => (await h.simApi('GET', '/_sim/event-types')).body.data.find((e: any) => e.id === s.calcomEventTypeId);
    await expect.poll(async () => (await eventType())?.title, { timeout: 30_000 }).toBe('Hochsteckfrisur');
    expect(await eventType()).toMatchObject({ title: 'Hochsteckfrisur', lengthInMinutes: 75 });

    // The inbox keeps the duration difference only.
    await nameRow.waitFor({ state: 'detached', timeout: 15_000 });
    await durationRow.waitFor();
    expect(await rowsOf.count()).toBe(1);
    expect(await durationRow.innerText()).toContain('75');
    await expect.poll(openFields, { timeout: 15_000 }).toEqual(['durationMinutes']);
    expect(await svc(s.id)).toMatchObject({ name: 'Hochsteckfrisur', durationMinutes: 60 });
    await shot(page, '05-conflicts-kept-name');
  });

  it('shows an error in plain words and resets it', async () => {
    const s = await createSynced('Dauerwelle');
    const page = await signedIn();
    await page.goto(`${h.url}/services/${s.id}`);
    await statusOn(page, '#status-h ~ .indicators', 'synced');
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', status: 400, times: 1 });
    await page.getByLabel('Duration (minutes)').fill('100');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await statusOn(page, '#status-h ~ .indicators', 'error');
    const problem = page.locator('.status-details .error-text').first();
    await problem.waitFor();
    expect((await problem.innerText()).length).toBeGreaterThan(10);
    await page.getByText('The last transfer to Cal.com failed; see the sync error.').first().waitFor();
    // With the server's error code: a sentence saying what to do, and the server's words as details.
    const failed = await svc(s.id);
    if (failed.syncErrorCode) {
      expect(await page.getByTestId('sync-error-words').first().innerText()).not.toBe(failed.syncError);
      expect(await problem.innerText()).toContain(`Details: ${failed.syncError}`);
    }
    await shot(page, '06-error');

    // The row offers "Reset sync status" for an error, too.
    await page.goto(`${h.url}/`);
    const row = page.locator(`tr[data-service-id="${s.id}"]`);
    await statusOn(page, `tr[data-service-id="${s.id}"]`, 'error');
    await row.getByRole('button', { name: 'Reset sync status: Dauerwelle' }).click();
    await page.getByTestId('notice').filter({ hasText: 'The error on “Dauerwelle” was cleared' }).waitFor();
    await statusOn(page, `tr[data-service-id="${s.id}"]`, 'synced');
    await shot(page, '06-reset-synced');
    expect((await svc(s.id)).durationMinutes).toBe(100);
  });

  it('switches to German and shows the status tooltip in German', async () => {
    const s = await createSynced('Waschen & Föhnen', { isOnline: false });
    const page = await signedIn();
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Dienstleistungen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    const row = page.locator(`tr[data-service-id="${s.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('bookable-chip').innerText()).toBe('Buchbar: nur telefonisch');
    await row.getByRole('button', { name: 'Statusdetails für Waschen & Föhnen' }).focus();
    const pop = row.getByTestId('status-popover');
    await pop.waitFor();
    const text = await pop.innerText();
    expect(text).toContain('Richtung');
    expect(text).toContain('Plattform → Cal.com');
    expect(text).toContain('Cal.com hat die aktuellen Werte von calsync.');
    expect(text).toContain('Die Dienstleistung ist nur telefonisch buchbar (nicht online).');
    expect(text).toMatch(/vor \d+ Sekunden?|jetzt|vor \d+ Minuten?/);
    // The exact time is on the relative time's hover.
    expect(await pop.locator('time').getAttribute('title')).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await shot(page, '07-german-tooltip');
    // The choice is remembered across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dienstleistungen' }).waitFor();
    // The form shows the price with the German decimal comma and takes it back.
    await page.goto(`${h.url}/services/${s.id}`);
    const price = page.getByLabel('Preis', { exact: true });
    expect(await price.inputValue()).toBe('39,90');
    await price.fill('42,50');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: '„Waschen & Föhnen“ gespeichert' }).waitFor();
    expect((await svc(s.id)).price).toBe(42.5);
    await expect.poll(() => price.inputValue()).toBe('42,50');
    await shot(page, '07-german-form');
  });

  it('has no serious or critical axe violations on the services page and the service page', async () => {
    const s = await createSynced('Axe Check', { isActive: false });
    const page = await signedIn();
    await page.locator(`tr[data-service-id="${s.id}"]`).waitFor();
    const onList = await axeSeriousOrCritical(page);
    expect(onList, JSON.stringify(onList, null, 2)).toEqual([]);
    await page.goto(`${h.url}/services/${s.id}`);
    await page.getByRole('heading', { level: 1, name: 'Axe Check' }).waitFor();
    await page.getByTestId('history').waitFor();
    const onService = await axeSeriousOrCritical(page);
    expect(onService, JSON.stringify(onService, null, 2)).toEqual([]);
    await shot(page, '08-axe-service-page');
  });

  it('pages, filters and sorts the table on the server; a company switch starts the list afresh', async () => {
    const salon = await h.company('Salon Seitenweise');
    // 27 services in error (Cal.com refuses to create them) and 3 synced ones, in a company of their own.
    await h.simApi('POST', '/_sim/faults', { method: 'POST', path: '^/v2/event-types$', status: 400, times: 27 });
    for (let n = 1; n <= 27; n++) {
      const r = await h.api('POST', '/api/services', { companyId: salon.id, name: `Fehler ${String(n).padStart(2, '0')}`, durationMinutes: 10 + ((n * 11) % 27) });
      expect(r.status).toBe(201);
    }
    const errorTotal = () => h.api('GET', `/api/services?companyId=${salon.id}&syncStatus=error&limit=1`).then((r) => r.body.total);
    await h.waitFor(async () => (await errorTotal()) === 27, '27 services in error', 60_000);
    await h.simApi('DELETE', '/_sim/faults');
    for (const name of ['Schnitt A', 'Schnitt B', 'Schnitt C']) await createSynced(name, { companyId: salon.id });

    // In the first company, a filter by branch.
    await createSynced('Ansatzfarbe', { branchId });
    const inBranch = (await h.api('GET', `/api/services?companyId=${companyId}&branchId=${branchId}&limit=1`)).body.total;
    const page = await signedIn();
    const pager = page.locator('nav.pager [role="status"]');
    await page.getByLabel('Branch', { exact: true }).selectOption({ label: 'Berlin Mitte' });
    await expect.poll(() => pager.innerText(), { timeout: 15_000 }).toBe(`1–${inBranch} of ${inBranch}`);
    // Switching company: no filter or page carried over, the new company's whole list.
    await page.getByLabel('Company').selectOption({ label: 'Salon Seitenweise' });
    await expect.poll(() => pager.innerText(), { timeout: 15_000 }).toBe('1–30 of 30');
    expect(await page.getByLabel('Branch', { exact: true }).inputValue()).toBe('');

    await page.getByLabel('Rows per page').selectOption('25');
    await page.getByLabel('Sync status', { exact: true }).selectOption('error');
    await expect.poll(() => pager.innerText(), { timeout: 15_000 }).toBe('1–25 of 27');
    const rows = page.locator('tr[data-testid="service-row"]');
    expect(await rows.count()).toBe(25);
    expect(new Set(await page.locator('tr[data-testid="service-row"] [data-testid="sync-indicator"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))).toEqual(new Set(['error']));
    const names = () => rows.locator('th').allInnerTexts();
    const firstPage = await names();
    expect(firstPage[0]).toBe('Fehler 01');
    await shot(page, '09-filtered');

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => pager.innerText(), { timeout: 15_000 }).toBe('26–27 of 27');
    expect(await names()).toEqual(['Fehler 26', 'Fehler 27']);
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await shot(page, '09-next-page');

    // Sorting by duration goes back to the first page, shortest first; again, longest first.
    const durations = async () => (await rows.locator('td:nth-of-type(2)').allInnerTexts()).map((t) => parseInt(t, 10));
    const durationHeader = page.locator('th', { has: page.getByRole('button', { name: 'Duration', exact: true }) });
    await page.getByRole('button', { name: 'Duration', exact: true }).click();
    await expect.poll(() => pager.innerText(), { timeout: 15_000 }).toBe('1–25 of 27');
    expect(await durationHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(async () => (await durations())[0], { timeout: 15_000 }).toBe(10);
    const asc = await durations();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Duration', exact: true }).click();
    await expect.poll(async () => (await durations())[0], { timeout: 15_000 }).toBe(36);
    expect(await durationHeader.getAttribute('aria-sort')).toBe('descending');
    const desc = await durations();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await shot(page, '09-sorted');

    // Back in the first company: its list from the start, not page 2 or "error" of the other one.
    const mainTotal = (await h.api('GET', `/api/services?companyId=${companyId}&limit=1`)).body.total;
    await page.getByLabel('Company').selectOption({ value: companyId });
    await expect.poll(() => pager.innerText(), { timeout: 15_000 }).toBe(`1–${Math.min(mainTotal, 50)} of ${mainTotal}`);
    expect(await page.getByLabel('Sync status', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Branch', { exact: true }).inputValue()).toBe('');
  });

  it('opens settings (masked key, test connection, webhook URL), policies, sync overview, appointments and webhooks', async () => {
    const page = await signedIn();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Company settings' }).waitFor();
    await page.getByText(/Current key: …\w{4} \(hidden\)/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Webhook URL' }).inputValue()).toBe(`${h.url}/webhooks/calcom/${companyId}`);
    expect(await page.locator('#set-wh-secret').getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Copy: Webhook URL' }).waitFor();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText(/Cal\.com answered: connected as/).waitFor();
    await page.getByLabel('Duration (minutes)').selectOption('flag_only');
    await page.getByRole('button', { name: 'Save policies' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Policies saved.' }).waitFor();
    expect((await h.api('GET', `/api/companies/${companyId}/policies`)).body.data.durationMinutes).toBe('flag_only');
    await shot(page, '11-settings');

    await nav.getByRole('link', { name: 'Sync overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sync overview' }).waitFor();
    await page.getByText('All services').waitFor();
    await page.getByRole('button', { name: 'Show plan (change nothing)' }).click();
    await page.getByRole('heading', { name: /^Plan/ }).waitFor({ timeout: 30_000 });
    await shot(page, '11-overview');

    // Appointments and webhooks: their list, or a clear "not available" where the route is not there yet.
    for (const [link, heading, name] of [
      ['Appointments', 'Appointments', '11-appointments'],
      ['Webhooks', 'Webhook inbox', '11-webhooks'],
    ]) {
      await nav.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('main table, main :text("No appointments yet."), main :text("No deliveries."), main :text("Not available yet")').first().waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await shot(page, name);
    }
  });

  it('saves the README screenshot: a salon’s services in every state', async () => {
    // Realistic data in a company of its own: synced, phone only, switched off, drifted, error and pending.
    const salon = await h.company('Salon Haarmonie');
    const branch = async (name: string) => (await h.api('POST', `/api/companies/${salon.id}/branches`, { name })).body.id as string;
    const mitte = await branch('Berlin Mitte');
    const pberg = await branch('Prenzlauer Berg');
    const make = (name: string, extra: Record<string, unknown>) => createSynced(name, { companyId: salon.id, branchId: mitte, ...extra });
    await make('Damenhaarschnitt', { durationMinutes: 60, price: 58 });
    await make('Herrenschnitt', { durationMinutes: 30, price: 32, branchId: pberg });
    await make('Kinderhaarschnitt', { durationMinutes: 30, price: 19, isOnline: false });
    await make('Bartpflege', { durationMinutes: 20, price: 15, isActive: false, branchId: pberg });
    const balayage = await make('Balayage', { durationMinutes: 150, price: 149 });
    const dauerwelle = await make('Dauerwelle', { durationMinutes: 120, price: 89, branchId: pberg });
    const straehnchen = await make('Strähnchen', { durationMinutes: 90, price: 95 });

    // Drifted: Balayage's duration was changed in Cal.com, and a check of Cal.com found it.
    await h.simApi('PATCH', `/_sim/event-types/${balayage.calcomEventTypeId}`, { lengthInMinutes: 180 });
    expect((await h.api('POST', '/api/reconcile', { companyId: salon.id })).status).toBe(200);
    await h.waitFor(async () => (await svc(balayage.id)).divergences.length > 0, 'Balayage to drift');
    // Error: Cal.com refuses the next change to Dauerwelle.
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', status: 400, times: 1 });
    await h.api('PATCH', `/api/services/${dauerwelle.id}`, { durationMinutes: 110 });
    await waitApiStatus(dauerwelle.id, 'error');

    const page = await signedIn();
    await page.getByLabel('Company').selectOption({ label: 'Salon Haarmonie' });
    await expect.poll(() => page.locator('tr[data-testid="service-row"]').count(), { timeout: 15_000 }).toBe(7);
    // Pending: Cal.com answers the next change slowly.
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', delayMs: 1400, times: 1 });
    await h.api('PATCH', `/api/services/${straehnchen.id}`, { price: 99, durationMinutes: 95 });
    await page.reload();
    await statusOn(page, `tr[data-service-id="${straehnchen.id}"]`, 'pending', 5000);
    await statusOn(page, `tr[data-service-id="${dauerwelle.id}"]`, 'error', 5000);
    await page.locator(`tr[data-service-id="${balayage.id}"] [data-testid="drift-chip"]`).waitFor({ timeout: 5000 });
    await page.mouse.move(0, 0); // no popover open in the picture
    // The tracked README picture changes only when asked for; every run keeps its copy with the artifacts.
    const target = process.env.UPDATE_README_SCREENSHOT ? path.join(repo, 'docs/screenshot-services.png') : path.join(shots, '10-readme-services.png');
    await page.locator('main').screenshot({ path: target });
    await shot(page, '10-services-table');
  });
});
