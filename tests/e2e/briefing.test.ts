/**
 * The briefing as an officer uses it, in Debian's Chromium against the built app: present with
 * the keyboard while the map follows, open a slide by its link, drive a presenter view in a
 * second window, and take the handouts away (PDF read back with pdftotext, PNG checked for the
 * border's colour). Screenshots of a slide in both themes go to test-results/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession } from './session';

const BRIEFING_ID = 'kessiya-2024-05-mali-mauritanie';
const seed = JSON.parse(readFileSync(`data/briefings/${BRIEFING_ID}.json`, 'utf8')) as { slides: Array<{ id: string; title: string; camera: { bounds: [number, number, number, number] } }> };

const { open, baseUrl } = browserSession();

/** Waits until the presentation shows slide `index` and its map has settled there. */
async function settledOn(page: Page, index: number): Promise<void> {
  await page.waitForSelector(`[data-testid="slide"][data-slide-index="${index}"][data-settled="true"]`, { timeout: 30_000 });
}

/** How far (in degrees) the presentation map's centre is from where slide `index`'s camera puts it. */
async function centerOffset(page: Page, index: number): Promise<number> {
  return page.evaluate((bounds) => {
    const map = window.borderBriefPresentation!.map;
    const expected = map.cameraForBounds(bounds, { padding: 48 })!.center as { lng: number; lat: number };
    const center = map.getCenter();
    return Math.hypot(center.lng - expected.lng, center.lat - expected.lat);
  }, seed.slides[index]!.camera.bounds);
}

async function startPresenting(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  await page.getByRole('button', { name: /Présenter$/ }).click();
  await settledOn(page, 0);
}

describe('briefing', () => {
  test('the keys move through the slides and the map’s camera follows each slide', async () => {
    const { page, pageErrors } = await open();
    await startPresenting(page);
    expect(await centerOffset(page, 0)).toBeLessThan(0.05);
    const startCenter = await page.evaluate(() => window.borderBriefPresentation!.map.getCenter().toArray());

    await page.keyboard.press('ArrowRight');
    await settledOn(page, 1);
    expect(await centerOffset(page, 1)).toBeLessThan(0.05);
    expect(await page.evaluate(() => window.borderBriefPresentation!.map.getCenter().toArray())).not.toEqual(startCenter);

    await page.keyboard.press('Space');
    await settledOn(page, 2);
    await page.keyboard.press('PageUp');
    await settledOn(page, 1);
    await page.keyboard.press('End');
    await settledOn(page, seed.slides.length - 1);
    expect(await centerOffset(page, seed.slides.length - 1)).toBeLessThan(0.05);
    await page.keyboard.press('Home');
    await settledOn(page, 0);
    await page.keyboard.press('5');
    await page.keyboard.press('Enter');
    await settledOn(page, 4);
    expect(await centerOffset(page, 4)).toBeLessThan(0.05);
    expect(page.url()).toContain('slide=5');

    await page.keyboard.press('b');
    await expect.poll(() => page.getByTestId('blank').count()).toBe(1);
    await page.keyboard.press('b');
    await expect.poll(() => page.getByTestId('blank').count()).toBe(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('slide').count()).toBe(0);
    expect(page.url()).not.toContain('brief=');
    expect(pageErrors).toEqual([]);
  });

  test('the deep link #brief=ID&slide=3 opens slide 3, with its passage and citation', async () => {
    const { page } = await open(`#brief=${BRIEFING_ID}&slide=3`);
    await settledOn(page, 2);
    expect(await centerOffset(page, 2)).toBeLessThan(0.05);
    const slide = page.getByTestId('slide');
    expect(await slide.locator('.slide-title').textContent()).toBe(seed.slides[2]!.title);
    expect(await slide.locator('.slide-citation').first().textContent()).toMatch(/^Kessiya, mai 2024, paragraphe \d$/);
  });

  test('the presenter view in a second window follows the presentation, and drives it', async () => {
    const main = await open();
    await startPresenting(main.page);
    const presenter = await main.page.context().newPage();
    await presenter.goto(`${baseUrl}#brief=${BRIEFING_ID}&slide=1&presenter=1`);
    await presenter.waitForSelector('[data-testid="presenter-view"][data-slide-index="0"]');
    await expect.poll(() => presenter.locator('.presenter-waiting').count()).toBe(0);

    await main.page.keyboard.press('ArrowRight');
    await main.page.keyboard.press('ArrowRight');
    await presenter.waitForSelector('[data-testid="presenter-view"][data-slide-index="2"]');
    expect(await presenter.locator('.presenter-current .slide-title').textContent()).toBe(seed.slides[2]!.title);
    expect(await presenter.getByTestId('presenter-next').textContent()).toContain(seed.slides[3]!.title);
    expect(await presenter.locator('.notes-text').textContent()).not.toBe('');

    await presenter.getByRole('button', { name: /Suivante/ }).click();
    await settledOn(main.page, 3);
    await presenter.waitForSelector('[data-testid="presenter-view"][data-slide-index="3"]');
    // The next slide's own map, settled on that slide's view.
    const next = seed.slides[4]!;
    await presenter.waitForSelector(`[data-testid="presenter-next-map"][data-slide-id="${next.id}"][data-settled="true"]`, { timeout: 30_000 });
    expect(await presenter.getByTestId('presenter-next-map').getAttribute('aria-label')).toBe(`Carte de la diapositive suivante\u00a0: ${next.title}`);
    expect(await presenter.locator('[data-testid="presenter-next-map"] canvas').count()).toBe(1);
    await presenter.screenshot({ path: `${SCREENSHOTS}/briefing-presenter-view.png` });
  });

  test('the PDF has one page per slide; its first page has the first slide’s title and citation', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'PDF', exact: true }).click();
    await expect.poll(() => page.locator('.briefing-progress progress').count()).toBe(1);
    const download = await downloading;
    const path = 'test-results/briefing-handout.pdf';
    await download.saveAs(path);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(seed.slides.length);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(firstPage).toContain(seed.slides[0]!.title);
    expect(firstPage).toContain('Kessiya, « Sahel/Sécurité');
    expect(firstPage).toMatch(/mai 2024, paragraphe 2/);
    expect(firstPage).toContain('lieu approximatif : zone frontalière');
  });

  test('a slide’s PNG is 16:9 and not blank: it has the border’s colour in it', async () => {
    const { page } = await open(`#brief=${BRIEFING_ID}&slide=2`);
    await settledOn(page, 1);
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'PNG', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${BRIEFING_ID}-02.png`);
    const path = 'test-results/briefing-slide-02.png';
    await download.saveAs(path);
    const base64 = readFileSync(path).toString('base64');
    const borderPixels = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      if (canvas.width !== 1920 || canvas.height !== 1080) return -1; // 16:9, the size of a projected slide
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        // #c1121f, allowing for antialiasing
        if (Math.abs(pixels[i]! - 0xc1) < 24 && Math.abs(pixels[i + 1]! - 0x12) < 24 && Math.abs(pixels[i + 2]! - 0x1f) < 24) count++;
      }
      return count;
    }, base64);
    expect(borderPixels).toBeGreaterThan(50);
  });

  test('screenshots of a slide at 1920×1080 and 1280×720, in the standard and the high-contrast theme', async () => {
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      const { page } = await open(`#brief=${BRIEFING_ID}&slide=2`, { viewport });
      await settledOn(page, 1);
      await page.screenshot({ path: `${SCREENSHOTS}/briefing-slide-${viewport.width}-standard.png` });
      await page.getByRole('button', { name: 'Contraste élevé' }).click();
      await expect.poll(() => page.locator('.presentation.theme-contrast').count()).toBe(1);
      // The toolbar fades once neither the pointer nor the focus is on it.
      await page.mouse.move(viewport.width - 10, 10);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: `${SCREENSHOTS}/briefing-slide-${viewport.width}-contrast.png` });
      // Nothing of the slide's text may fall outside the screen.
      const overflow = await page.evaluate(() => {
        const text = document.querySelector('.presentation-text')!;
        return text.getBoundingClientRect().right - window.innerWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('edits (add from the view, retitle, reorder by keyboard and by drag, delete, undo) persist across a reload and survive export and import', async () => {
    const { page, pageErrors } = await open('#place=bamako');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    const titles = () => page.locator('.slide-title-input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const seedTitles = seed.slides.map((slide) => slide.title);
    await expect.poll(titles).toEqual(seedTitles);

    await page.getByRole('button', { name: /Ajouter une diapositive/ }).click();
    await expect.poll(titles).toEqual([...seedTitles, 'Bamako']);
    await page.getByLabel('Titre 1', { exact: true }).fill('La région, vue d’ensemble');
    await page.getByRole('button', { name: /^8\. Bamako/ }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await titles())[6]).toBe('Bamako');
    await page.getByRole('button', { name: /Annuler/ }).click();
    await expect.poll(async () => (await titles())[7]).toBe('Bamako');
    await page.getByRole('button', { name: /^2\. / }).dragTo(page.locator('.briefing-slides > li').nth(3));
    await expect.poll(async () => (await titles())[3]).toBe(seedTitles[1]);
    await page.getByRole('button', { name: 'Supprimer 1', exact: true }).click();
    const edited = await titles();
    expect(edited[0]).not.toBe('La région, vue d’ensemble');
    expect(edited).toHaveLength(seedTitles.length);

    await page.reload();
    await page.getByRole('button', { name: 'Briefing', exact: true }).click();
    await expect.poll(titles).toEqual(edited);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter (JSON)' }).click();
    const exportedPath = 'test-results/briefing-export.json';
    await (await downloading).saveAs(exportedPath);
    await page.getByRole('button', { name: /Revenir au brouillon/ }).click();
    await expect.poll(titles).toEqual(seedTitles);
    await page.getByTestId('briefing-import').setInputFiles(exportedPath);
    await expect.poll(titles).toEqual(edited);
    // Said once, in words: the file, the slides it brought.
    await expect.poll(() => page.locator('[data-testid="briefing-panel"] p[role="status"]').textContent()).toMatch(new RegExp(`importé : ${edited.length} diapositives`));

    const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    exported.slides[0].camera = { bounds: [-17, 11, -3, 96] };
    await page.getByTestId('briefing-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('slides[0].camera.bounds[3]');
    expect(await page.getByRole('alert').textContent()).toContain('broken.json');
    expect(await page.locator('[data-testid="briefing-panel"] p[role="status"]').isHidden()).toBe(true);
    await expect.poll(titles).toEqual(edited);
    expect(pageErrors).toEqual([]);
  });

  test('the presentation speaks English when the interface does', async () => {
    const { page } = await open(`#brief=${BRIEFING_ID}&slide=2`, { locale: 'en-GB' });
    await settledOn(page, 1);
    expect(await page.locator('.slide-number').textContent()).toBe('Slide 2 / 7');
    expect(await page.locator('.slide-citation').first().textContent()).toMatch(/^Kessiya, May 2024, paragraph 2$/);
    expect(await page.locator('.slide-caveats').textContent()).toContain('approximate place: border zone');
  });
});
