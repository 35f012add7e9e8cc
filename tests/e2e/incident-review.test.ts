/**
 * Reviewing an incident in Debian's Chromium against the built app: in review mode, the incident's
 * card can be accepted, edited (codebook lists in French, a place of the article, the date and its
 * precision) and undone, and what is saved survives a reload.
 */
import { describe, expect, test } from 'vitest';
import { waitForMapIdle } from './browser';
import { SCREENSHOTS, browserSession } from './session';

const session = browserSession();

describe('incident review', () => {
  test('an incident is edited in review mode, its earlier coding kept, and the edit survives a reload', async () => {
    const { page, pageErrors } = await session.open('#incident=abductions-border');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Relire les lieux' }).click();
    const card = page.locator('[data-card="incident"][data-incident-id="abductions-border"]');
    const review = card.locator('.incident-review');
    await review.waitFor();
    await review.getByRole('button', { name: 'Modifier' }).click();
    const form = review.locator('form.incident-form');
    // The codebook's lists speak French; the data keep the codebook's English.
    expect(await form.locator('select[name="event_type"] option[value="Violence against civilians"]').textContent()).toBe('Violence contre des civils');
    await form.locator('select[name="sub_event_type"]').selectOption('Attack');
    await form.locator('input[name="fatalities"]').fill('deux');
    await form.getByRole('button', { name: 'Enregistrer l’incident' }).click();
    await expect.poll(() => review.getByRole('alert').textContent()).toMatch(/whole number/);
    await form.locator('input[name="fatalities"]').fill('2');
    await form.getByRole('button', { name: 'Enregistrer l’incident' }).click();
    await expect.poll(() => review.getAttribute('data-incident-status')).toBe('accepted');
    expect(await card.textContent()).toMatch(/Attaque/);
    expect(await review.textContent()).toMatch(/proposition du codeur conservée/);
    await page.locator('[data-save-status="saved"]').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/incident-review.png` });

    await page.reload();
    await waitForMapIdle(page);
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Attaque/);
    expect(await card.locator('.facts').textContent()).toMatch(/2/);
    expect(pageErrors).toEqual([]);
  });

  test('words selected in the article become a new incident, opened for review', async () => {
    const { page, pageErrors } = await session.open('');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Relire les lieux' }).click();
    const before = await page.locator('.entity-list [data-incident-id]').count();
    // Select « rencontres politiques » in paragraph 3, as a mouse would, then release.
    await page.evaluate(() => {
      const text = document.querySelector('.article-text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('rencontres politiques');
        if (at < 0) continue;
        window.getSelection()!.setBaseAndExtent(node, at, node, at + 'rencontres politiques'.length);
        text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    });
    const addCard = page.locator('[data-card="add-mention"]');
    await addCard.getByRole('button', { name: 'Ajouter un incident à partir de ces mots' }).click();
    const card = page.locator('[data-card="incident"][data-incident-id="added-1"]');
    await card.waitFor();
    expect(await card.locator('.incident-review').getAttribute('data-incident-status')).toBe('accepted');
    await expect.poll(() => page.locator('.entity-list [data-incident-id]').count()).toBe(before + 1);
    await page.screenshot({ path: `${SCREENSHOTS}/incident-added-from-words.png` });
    expect(pageErrors).toEqual([]);
  });
});
