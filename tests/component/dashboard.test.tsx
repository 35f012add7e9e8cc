// @vitest-environment jsdom
/**
 * The dashboard in jsdom, on the real data files. jsdom has no WebGL, so these tests also cover
 * the promise that the article, lists and cards work without a map.
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { DatasetResult, RawDataFiles } from '../../src/core/dataset';
import { buildDataset } from '../../src/core/build-dataset';
import { App } from '../../src/ui/app';
import { readBundledDataFiles } from '../../src/cli/check-bundled-data';

let files: RawDataFiles;
let good: DatasetResult;

beforeAll(async () => {
  Object.defineProperty(navigator, 'languages', { value: ['fr-FR', 'fr'], configurable: true });
  files = readBundledDataFiles();
  good = await buildDataset(files);
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

async function renderApp(result: DatasetResult) {
  render(<App loading={Promise.resolve(result)} />);
  await screen.findByTestId('map');
  // The panels render just after the map (a deferred pass): wait for the article.
  await waitFor(() => expect(document.querySelectorAll('[data-passage-id]').length).toBeGreaterThan(0));
}

describe('dashboard without WebGL', () => {
  test('loads the real data without problems', () => {
    expect(good.ok ? [] : good.problems).toEqual([]);
  });

  test('shows the six paragraphs with all 22 mentions highlighted', async () => {
    await renderApp(good);
    expect(document.querySelectorAll('[data-passage-id]')).toHaveLength(6);
    expect(document.querySelectorAll('mark[data-place-id]')).toHaveLength(22);
  });

  test('says the map is unavailable and keeps the rest working', async () => {
    await renderApp(good);
    await waitFor(() => expect(screen.getByTestId('map').getAttribute('data-map-state')).toBe('unavailable'));
    expect(screen.getByText(/WebGL/, { selector: '.map-message' })).toBeTruthy();
  });

  test('clicking a mention selects its place: all its mentions highlighted and its card open', async () => {
    await renderApp(good);
    const first = document.querySelector('mark[data-place-id="nouakchott"] a')!;
    act(() => fireEvent.click(first));
    expect(document.querySelectorAll('mark[data-selected="true"]')).toHaveLength(3);
    const card = document.querySelector('[data-card="place"]') as HTMLElement;
    expect(card.getAttribute('data-place-id')).toBe('nouakchott');
    expect(card.textContent).toContain('GeoNames 2377450');
    expect(window.location.hash).toBe('#place=nouakchott');
  });

  test('the place card quotes each passage with its paragraph number', async () => {
    window.history.replaceState(null, '', '/#place=nouakchott');
    await renderApp(good);
    // The card's quotes come in the panels' deferred pass: wait for them, not for a fixed time.
    await waitFor(() => expect(document.querySelectorAll('[data-card="place"] .citation')).toHaveLength(3));
    const citations = [...document.querySelectorAll('[data-card="place"] .citation')].map((c) => c.textContent);
    expect(citations.every((c) => /Kessiya, .*2024, paragraphe \d/.test(c ?? ''))).toBe(true);
  });

  test('Escape returns to the overview', async () => {
    window.history.replaceState(null, '', '/#place=bamako');
    await renderApp(good);
    expect(document.querySelectorAll('mark[data-selected="true"]')).toHaveLength(1);
    act(() => fireEvent.keyDown(window, { key: 'Escape' }));
    expect(document.querySelectorAll('mark[data-selected="true"]')).toHaveLength(0);
    expect(document.querySelector('[data-card]')).toBeNull();
  });

  test('renders article text as text, never as HTML', async () => {
    const broken = structuredClone(good);
    if (!broken.ok) throw new Error('fixture');
    broken.dataset.articles[0]!.text = broken.dataset.articles[0]!.text.replace('Une délégation', '<img src=x onerror=alert(1)>');
    await renderApp(broken);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('[data-passage-id="p1"]')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('while the data load', () => {
  test('shows nothing for the usual fraction of a second, then says it is loading, then the dashboard', async () => {
    vi.useFakeTimers();
    try {
      let finish: (result: DatasetResult) => void = () => {};
      render(<App loading={new Promise<DatasetResult>((resolve) => (finish = resolve))} />);
      await act(async () => vi.advanceTimersByTime(300));
      expect(screen.queryByText('Chargement…')).toBeNull();
      await act(async () => vi.advanceTimersByTime(400));
      expect(screen.getByRole('status').textContent).toBe('Chargement…');
      await act(async () => finish(good));
      expect(screen.queryByText('Chargement…')).toBeNull();
      expect(screen.getByTestId('map')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('broken data', () => {
  test('a place with swapped or out-of-range coordinates shows an error panel naming the file and field', async () => {
    const places = JSON.parse(files.places.content) as Array<{ id: string; lngLat: [number, number] | null }>;
    const russia = places.find((place) => place.id === 'russia')!;
    russia.lngLat = [russia.lngLat![1], russia.lngLat![0]]; // [105.32, 61.52] → latitude 105 is impossible
    const result = await buildDataset({ ...files, places: { ...files.places, content: JSON.stringify(places) } });
    render(<App loading={Promise.resolve(result)} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('data/places.json');
    expect(alert.textContent).toMatch(/lngLat/);
  });

  test('malformed JSON is reported with the file name, and nothing is shown half-loaded', async () => {
    const result = await buildDataset({ ...files, geo: { ...files.geo, capitals: { ...files.geo.capitals, content: '{"type": "FeatureCollection", ' } } });
    render(<App loading={Promise.resolve(result)} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('geo/capitals.geojson');
    expect(screen.queryByTestId('map')).toBeNull();
  });

  test('a text changed after annotation re-anchors what it can and lists the rest as orphaned', async () => {
    const article = files.articles[0]!;
    // One word inserted before « Nouakchott » (moves every later offset) and « Bamako » renamed.
    const content = article.text.content.replace('une visite stratégique', 'une longue visite stratégique').replace('à Bamako', 'à Kayes');
    const result = await buildDataset({ ...files, articles: [{ ...article, text: { ...article.text, content } }] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const loaded = result.dataset.articles[0]!;
    expect(loaded.isTextChanged).toBe(true);
    expect(loaded.mentions.filter((m) => m.placeId === 'nouakchott').map((m) => m.exact)).toEqual(['Nouakchott', 'Nouakchott', 'Nouakchott']);
    expect(loaded.orphaned.map((o) => o.annotation.target.selector[0].exact)).toEqual(['Bamako']);
    render(<App loading={Promise.resolve(result)} />);
    expect((await screen.findByText(/Bamako/, { selector: '.orphaned li' })).textContent).toMatch(/Bamako/);
  });
});
