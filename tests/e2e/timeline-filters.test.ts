/**
 * Incidents over time and against the border, in Debian's Chromium against the built app: the
 * timeline draws each incident at its precision with the count shown and the total; brushing a
 * window and ticking filters narrow the map and the lists, show in the address and survive a
 * reload; one click resets them.
 */
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession } from './session';

const session = browserSession();

describe('timeline and filters', () => {
  test('each incident is drawn as long as its precision, and the count and total are shown', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    const count = page.locator('.timeline-count');
    await count.waitFor();
    expect(await count.getAttribute('data-total')).toBe('6');
    expect(await count.getAttribute('data-shown')).toBe('6');
    // The visit is known to the day; the meetings only to the month: a bar across May, not a dot.
    const visitWidth = await page.locator('.timeline-incident[data-incident-id="military-delegation-visit-nouakchott"]').evaluate((el) => (el as SVGRectElement).getBBox().width);
    const meetingWidth = await page.locator('.timeline-incident[data-incident-id="ministerial-meeting-bamako"]').evaluate((el) => (el as SVGRectElement).getBBox().width);
    expect(meetingWidth).toBeGreaterThan(visitWidth * 10);
    await page.screenshot({ path: `${SCREENSHOTS}/timeline-overview.png` });
    expect(pageErrors).toEqual([]);
  });

  test('brushing a window and filtering by side narrow the lists and the map, live in the address, survive a reload and reset in one click', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    const chart = page.locator('.timeline-chart');
    const box = (await chart.boundingBox())!;
    // Brush the first days of May: the visit of the 9th stays out, the month-long events are partly in.
    const x = (fraction: number) => box.x + box.width * fraction;
    await page.mouse.move(x(0.02), box.y + 30);
    await page.mouse.down();
    await page.mouse.move(x(0.15), box.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/from=2024-05-0\d&to=2024-05-\d\d/);
    const shown = Number(await page.locator('.timeline-count').getAttribute('data-shown'));
    expect(shown).toBeLessThan(6);
    expect(await page.locator('.timeline-count').textContent()).toMatch(/en partie dans la période/);
    expect(await page.locator('.entity-list [data-incident-id="military-delegation-visit-nouakchott"]').count()).toBe(0);

    await page.locator('.filter-panel summary').click();
    await page.locator('.filter-panel input[name="side"][value="mauritania"]').check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/side=mauritania/);
    await page.screenshot({ path: `${SCREENSHOTS}/timeline-filtered.png` });

    await page.reload();
    await waitForMapIdle(page);
    // The panel opens by itself when the address brings filters.
    await expect.poll(() => page.locator('.filter-panel input[name="side"][value="mauritania"]').isChecked()).toBe(true);
    expect(await page.locator('.filter-panel').getAttribute('open')).not.toBeNull();
    expect(Number(await page.locator('.timeline-count').getAttribute('data-shown'))).toBeLessThan(6);

    await page.getByRole('button', { name: 'Tout réinitialiser' }).click();
    await expect.poll(() => page.locator('.timeline-count').getAttribute('data-shown')).toBe('6');
    expect(await page.evaluate(() => window.location.hash)).not.toMatch(/side=|from=/);
    expect(pageErrors).toEqual([]);
  });

  test('an incident card says how far from the border it is, and on which side', async () => {
    const { page } = await session.open('#incident=military-delegation-visit-nouakchott');
    await waitForMapIdle(page);
    const words = page.locator('[data-card="incident"] [data-border-side]');
    await words.waitFor();
    expect(await words.getAttribute('data-border-side')).toBe('mauritania');
    expect(await words.textContent()).toMatch(/^à \d+ km de la frontière, côté mauritanien$/);
  });
});
