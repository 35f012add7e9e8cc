// @vitest-environment jsdom
/**
 * The analyst's filter panel and the incident card's matches in jsdom, on the real seed data with
 * SYNTHETIC ACLED events, wired to the real store: every control is a labelled form control that
 * writes the store's filters, counts are shown, an actor is typed and removed with the keyboard,
 * one click resets; an article incident's card links to the ACLED event that matches it, and the
 * event's card links back.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { AcledEvent } from '../../src/core/acled/acled-event';
import { acledFeature } from '../../src/core/acled/acled-features';
import { parseAcledCsv } from '../../src/core/acled/parse-acled-csv';
import type { Dataset } from '../../src/core/dataset';
import { incidentById } from '../../src/state/selectors';
import { createStore, type Store } from '../../src/state/store';
import { StoreContext } from '../../src/state/use-store';
import { FilterPanel } from '../../src/ui/filter-panel';
import { IncidentCard } from '../../src/ui/incident-card';
import { syntheticAcledCsv } from '../fixtures/acled/synthetic-acled';
import { seedDataset } from '../unit/core/briefing/seed-dataset';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await seedDataset();
});
afterEach(cleanup);

function acledLayer() {
  const parsed = parseAcledCsv(syntheticAcledCsv({ rows: 1 }));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const event = (id: string, overrides: Partial<AcledEvent>) => acledFeature({ ...parsed.events[0]!, event_id_cnty: id, ...overrides });
  return {
    id: 'acled',
    name: 'synthetic.csv',
    kind: 'acled' as const,
    features: [
      event('SYN-VISIT', { event_type: 'Strategic developments', sub_event_type: 'Other', actor1: 'SYNTHETIC Military Forces of Mali', event_date: '2024-05-09', time_precision: 1, latitude: 18.0858, longitude: -15.9785, geo_precision: 1, location: 'Nouakchott' }),
      event('SYN-CLASH', { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'SYNTHETIC Armed Group A', event_date: '2024-05-20', time_precision: 1, latitude: 15.23, longitude: -9.59, geo_precision: 2, location: 'Nioro du Sahel' }),
    ],
  };
}

function renderWith(store: Store, ui: React.ReactNode) {
  return render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
}

const box = (name: string, value: string) => document.querySelector<HTMLInputElement>(`.filter-panel input[name="${name}"][value="${value}"]`)!;

describe('filter panel', () => {
  test('offers every filter as a labelled control, with counts, and each writes the store', async () => {
    const store = createStore({ bundled: dataset, isRestored: true, language: 'fr' });
    store.addEventLayer(acledLayer());
    renderWith(store, <FilterPanel />);
    const panel = document.querySelector('.filter-panel') as HTMLElement;
    const legends = [...panel.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(['Type d’événement / Sous-type d’événement', 'Acteur', 'Qui l’affirme', 'Précision du lieu', 'Précision de la date', 'Article ou données', 'Source', 'Côté de la frontière']);

    // Sub-event types sit under their event type, in French, with their counts.
    const strategic = box('type', 'Strategic developments').closest('.filter-type') as HTMLElement;
    expect(strategic.textContent).toMatch(/Évolutions stratégiques \(5\)/);
    expect(within(strategic).getByLabelText(/^Autre/).getAttribute('value')).toBe('Other');
    expect(strategic.textContent).toMatch(/Autre \(4\)/);
    act(() => fireEvent.click(box('sub', 'Other')));
    expect(store.getState().filters.subEventTypes).toEqual(['Other']);

    act(() => fireEvent.click(box('time', '1')));
    act(() => fireEvent.click(box('geo', '3')));
    act(() => fireEvent.click(box('origin', 'acled')));
    expect(store.getState().filters).toMatchObject({ timePrecisions: [1], geoPrecisions: [3], origins: ['acled'] });
    expect(box('origin', 'acled').closest('label')!.textContent).toMatch(/Données ACLED \(2\)/);
    expect(box('source', 'SYNTHETIC — Border Brief test data')).toBeTruthy();

    act(() => fireEvent.click(screen.getByRole('button', { name: 'Tout réinitialiser' })));
    expect(store.getState().filters).toMatchObject({ subEventTypes: [], timePrecisions: [], geoPrecisions: [], origins: [] });
    expect(box('sub', 'Other').checked).toBe(false);
  });

  test('an actor is typed (with suggestions from the incidents), added with Enter, and removed with its chip', () => {
    const store = createStore({ bundled: dataset, isRestored: true, language: 'fr' });
    store.addEventLayer(acledLayer());
    renderWith(store, <FilterPanel />);
    const input = screen.getByRole('combobox', { name: 'Acteur' });
    fireEvent.change(input, { target: { value: 'synth' } });
    const suggestions = [...document.querySelectorAll(`#${CSS.escape(input.getAttribute('list')!)} option`)].map((option) => option.getAttribute('value'));
    expect(suggestions.sort()).toEqual(['SYNTHETIC Armed Group A', 'SYNTHETIC Military Forces of Mali']);
    fireEvent.change(input, { target: { value: 'Armed Group' } });
    act(() => fireEvent.keyDown(input, { key: 'Enter' }));
    fireEvent.change(input, { target: { value: 'Mauritania' } });
    act(() => fireEvent.keyDown(input, { key: 'Enter' }));
    expect(store.getState().filters.actors).toEqual(['Armed Group', 'Mauritania']);
    expect((input as HTMLInputElement).value).toBe('');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Retirer l’acteur « Armed Group »' })));
    expect(store.getState().filters.actors).toEqual(['Mauritania']);
  });

  test('axe finds no violation in the open panel', async () => {
    const store = createStore({ bundled: dataset, isRestored: true, language: 'fr', filters: { ...createStore().getState().filters, sides: ['mali'], actors: ['wagner'] } });
    store.addEventLayer(acledLayer());
    const { container } = renderWith(store, <FilterPanel />);
    expect(container.querySelector('details')!.open).toBe(true); // opened by the filters it brought
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});

describe('incident card matches', () => {
  test('an article incident’s card links to the ACLED event that matches it, and the event’s card links back', () => {
    const store = createStore({ bundled: dataset, isRestored: true, language: 'fr' });
    store.addEventLayer(acledLayer());
    const visit = incidentById(dataset.articles, store.getState().eventLayers, 'military-delegation-visit-nouakchott')!;
    const { unmount } = renderWith(store, <IncidentCard incident={visit.incident} article={visit.article} dataset={dataset} />);
    const matches = document.querySelector('.incident-matches') as HTMLElement;
    expect(matches.getAttribute('data-matches')).toBe('1');
    expect(matches.textContent).toMatch(/Le même incident dans vos données/);
    const link = within(matches).getByRole('link', { name: /Événement ACLED SYN-VISIT — Nouakchott/ });
    expect(link.getAttribute('href')).toBe('#incident=SYN-VISIT');
    expect(matches.textContent).toMatch(/9 mai 2024 · à 0 km \(tolérance 5 km\)/);
    act(() => fireEvent.click(link));
    expect(store.getState().selection).toEqual({ type: 'incident', id: 'SYN-VISIT' });
    unmount();

    const event = incidentById(dataset.articles, store.getState().eventLayers, 'SYN-VISIT')!;
    expect(event.article).toBeNull();
    renderWith(store, <IncidentCard incident={event.incident} article={null} dataset={dataset} />);
    // The visit, and the May meeting in Nouakchott (known to the month, so it overlaps the 9th).
    const backs = within(document.querySelector('.incident-matches') as HTMLElement).getAllByRole('link');
    expect(backs.map((link) => link.getAttribute('data-match-id')).sort()).toEqual(['military-delegation-visit-nouakchott', 'ministerial-meeting-nouakchott']);
    const back = backs.find((link) => link.getAttribute('data-match-id') === 'military-delegation-visit-nouakchott')!;
    expect(document.querySelector('.incident-matches')!.textContent).toMatch(/tel qu’un article le rapporte/);
    act(() => fireEvent.click(back));
    expect(store.getState().selection).toEqual({ type: 'incident', id: 'military-delegation-visit-nouakchott' });
  });

  test('an event no article incident matches says so, in English too', () => {
    const store = createStore({ bundled: dataset, isRestored: true, language: 'en' });
    store.addEventLayer(acledLayer());
    const clash = incidentById(dataset.articles, store.getState().eventLayers, 'SYN-CLASH')!;
    renderWith(store, <IncidentCard incident={clash.incident} article={null} dataset={dataset} />);
    expect(document.querySelector('.incident-matches')!.textContent).toContain('No article incident matches it.');
    expect(document.querySelector('[data-card="incident"] blockquote')).toBeNull();
  });
});
