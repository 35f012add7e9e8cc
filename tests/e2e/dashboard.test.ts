/**
 * The dashboard as a user meets it, in Debian's Chromium against the built app. Every request of
 * every page is recorded, and a test fails if its pages asked for any other host than 127.0.0.1;
 * the last test walks a whole session (load, select, open an article, brief, export) to say so.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { projectToPage, waitForMapIdle, type RecordedPage } from './browser';
import { SCREENSHOTS, browserSession, closeDialog, pasteArticle } from './session';

const NOUAKCHOTT: [number, number] = [-15.9785, 18.0858];
const BAMAKO: [number, number] = [-8.0029, 12.6392];
const BASSIKOUNOU = readFileSync('tests/fixtures/devset/01-cridem-bassikounou.fr.txt', 'utf8');

const { newPage, open, baseUrl } = browserSession();

async function bamakoInView(recorded: RecordedPage): Promise<boolean> {
  return recorded.page.evaluate(([lng, lat]) => window.borderBrief!.map!.getBounds().contains([lng, lat]), BAMAKO);
}

describe('dashboard', () => {
  test('the map becomes idle and draws the border region', async () => {
    const { page, pageErrors } = await open();
    await waitForMapIdle(page);
    const layers = await page.evaluate(() => window.borderBrief!.map!.getStyle().layers.map((layer) => layer.id));
    expect(layers).toEqual(expect.arrayContaining(['border-line', 'border-zone-fill-ml', 'border-zone-fill-mr', 'capitals-circle', 'incident-symbols']));
    const rendered = await page.evaluate(() => window.borderBrief!.map!.queryRenderedFeatures({ layers: ['border-line'] }).length);
    expect(rendered).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/overview.png` });
    expect(pageErrors).toEqual([]);
  });

  test('the first load carries no schema library: the bundled data were checked by the build', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    // Every script asked for before the map was idle, by its path in dist/.
    const scripts = await page.evaluate(() => {
      const idle = performance.getEntriesByName('border-brief:map-idle')[0]!.startTime;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.startTime < idle && /\.m?js$/.test(entry.name)).map((entry) => new URL(entry.name).pathname);
    });
    expect(scripts.some((path) => /\/assets\/index-[\w-]+\.js$/.test(path))).toBe(true);
    // zod's schemas all carry a `_zod` member, a name no minifier renames.
    const withZod = scripts.filter((path) => readFileSync(`dist${path}`, 'utf8').includes('_zod'));
    expect(withZod).toEqual([]);
  });

  test("clicking Nouakchott's symbol on the map highlights exactly its three mentions", async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    const { x, y } = await projectToPage(page, NOUAKCHOTT);
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('mark[data-selected="true"]').count()).toBe(3);
    expect(await page.locator('mark[data-place-id="nouakchott"][data-selected="true"]').count()).toBe(3);
    expect(await page.locator('[data-card="place"] h2').textContent()).toBe('Nouakchott');
    expect(page.url()).toContain('#place=nouakchott');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/selection-nouakchott.png` });
  });

  test('clicking the mention « Bamako » brings Bamako into view and selects it', async () => {
    const recorded = await open('#place=mauritania');
    const { page } = recorded;
    await waitForMapIdle(page);
    await page.locator('mark[data-place-id="bamako"]').first().click();
    await expect.poll(() => page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('bamako');
    await waitForMapIdle(page);
    // The map follows the text (a frame later, then its camera move): wait for the view, not a guess.
    await expect.poll(() => bamakoInView(recorded), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('mark[data-place-id="bamako"][data-selected="true"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Bamako/ }).getAttribute('aria-pressed')).toBe('true');
  });

  test('#incident=… opens that incident’s card, with its passages and who says so', async () => {
    const first = await open();
    const incidentId = await first.page.locator('[data-incident-id]').first().getAttribute('data-incident-id');
    expect(incidentId).toBeTruthy();
    const { page } = await open(`#incident=${incidentId}`);
    await expect.poll(() => page.locator('[data-card="incident"]').getAttribute('data-incident-id')).toBe(incidentId);
    expect(await page.locator('[data-card="incident"] blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-card="incident"] .claim').textContent()).toMatch(/Qui l’affirme/);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/incident.png` });
  });

  test('an alleged incident is shown as an allegation, with who makes it', async () => {
    const { page } = await open();
    const alleged = page.locator('[data-incident-id]', { hasText: 'Allégation' }).first();
    await alleged.click();
    await expect.poll(() => page.locator('[data-card="incident"] .badge-alleged').count()).toBe(1);
  });

  test('keyboard alone reaches the list of places and selects one', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('Nouakchott'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    }
    expect(focused).toMatch(/^Nouakchott/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('mark[data-place-id="nouakchott"][data-selected="true"]').count()).toBe(3);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('mark[data-selected="true"]').count()).toBe(0);
    expect(page.url()).not.toContain('place=');
  });

  test('back and forward restore the selection', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: /^Nouakchott/ }).click();
    await page.getByRole('button', { name: /^Bamako/ }).click();
    await page.goBack();
    await expect.poll(() => page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('nouakchott');
    await page.goForward();
    await expect.poll(() => page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('bamako');
  });

  test('the interface speaks English on request; the article stays in French', async () => {
    const { page } = await open('#place=mauritania', { locale: 'en-GB' });
    await expect.poll(() => page.locator('[data-card="place"] h2').textContent()).toBe('Mauritania');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.locator('[data-card="place"] h2').textContent()).toBe('Mauritanie');
    expect(await page.locator('[data-passage-id="p1"]').textContent()).toContain('Une délégation militaire malienne');
  });

  test('each layer can be turned off from the legend', async () => {
    const { page } = await open();
    await waitForMapIdle(page);
    // On a window this short the legend starts folded, clear of the data; one click opens it.
    expect(await page.locator('details.legend').getAttribute('open')).toBeNull();
    await page.locator('details.legend > summary').click();
    await page.getByRole('checkbox', { name: /Zone frontalière/ }).uncheck();
    await expect
      .poll(() => page.evaluate(() => window.borderBrief!.map!.getLayoutProperty('border-zone-fill-mr', 'visibility')))
      .toBe('none');
  });

  test('axe finds no serious or critical accessibility violation', async () => {
    const { page } = await open('#place=nouakchott');
    await waitForMapIdle(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });

  test('without WebGL the article, lists and cards still work, with a message about the map', async () => {
    const { page } = await newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('[data-testid="map"]').getAttribute('data-map-state')).toBe('unavailable');
    expect(await page.getByRole('status').filter({ hasText: 'WebGL' }).count()).toBe(1);
    await page.locator('mark[data-place-id="bamako"]').first().click();
    await expect.poll(() => page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('bamako');
  });

  test('a whole session (load, select a place, open an article, brief, export) asks for nothing but 127.0.0.1', { timeout: 180_000 }, async () => {
    const { page, requests, foreignRequests, pageErrors } = await open();
    await waitForMapIdle(page);
    await page.locator('mark[data-place-id="nouakchott"]').first().click();
    await expect.poll(() => page.locator('[data-card="place"]').getAttribute('data-place-id')).toBe('nouakchott');

    const id = await pasteArticle(page, BASSIKOUNOU);
    await closeDialog(page);
    const panel = page.locator(`section.article-panel[data-article-id="${id}"]`);
    await panel.locator('.export-menu summary').click();
    const [bundle] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /Tout en un fichier/ }).click()]);
    expect(bundle.suggestedFilename()).toMatch(/\.borderbrief\.json$/);

    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    const [handout] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
    expect(handout.suggestedFilename()).toMatch(/\.pdf$/);

    // The geoparser's worker, its gazetteer and the PDF library are fetched on the way, lazily.
    expect(requests.length).toBeGreaterThan(10);
    expect(foreignRequests).toEqual([]);
    expect(requests.filter((url) => !(url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
