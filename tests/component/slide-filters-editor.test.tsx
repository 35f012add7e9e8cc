// @vitest-environment jsdom
/**
 * A slide's time window and filters in the briefing editor, wired to the real editing reducer:
 * said in words, the window typed as dates, the dashboard's filters taken, cleared, each an undo
 * step.
 */
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useReducer } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { parseBriefing } from '../../src/core/briefing/briefing-schema';
import { briefingEditorReducer, createEditorState } from '../../src/core/briefing/edit-briefing';
import { filters, type FilterState } from '../../src/core/filters/filter-state';
import type { Language } from '../../src/core/types';
import { BriefingPanel } from '../../src/ui/briefing/briefing-panel';

const parsed = parseBriefing('seed.json', readFileSync('data/briefings/kessiya-2024-05-mali-mauritanie.json', 'utf8'));
if (!parsed.ok) throw new Error('seed briefing does not parse');
const seed = parsed.briefing;
const noop = () => undefined;
let latest = seed;

function Harness({ dashboardFilters, language = 'fr' }: { dashboardFilters: FilterState; language?: Language }) {
  const [state, dispatch] = useReducer(briefingEditorReducer, seed, createEditorState);
  useEffect(() => {
    latest = state.briefing; // read by the test after each act()
  });
  return (
    <BriefingPanel
      briefing={state.briefing}
      language={language}
      canUndo={state.past.length > 0}
      problems={[]}
      progress={null}
      withNotes={false}
      onWithNotesChange={noop}
      onEdit={dispatch}
      onAddFromView={noop}
      onPresent={noop}
      onExportJson={noop}
      onImportJson={noop}
      onResetDraft={noop}
      onExportPdf={noop}
      onExportPngs={noop}
      onClose={noop}
      dashboardFilters={dashboardFilters}
    />
  );
}

const editorOf = (slide: number) => document.querySelectorAll<HTMLElement>('.slide-filters-editor')[slide - 1]!;
const words = (slide: number) => editorOf(slide).querySelector('.hint')!.textContent!.replace(/\s+/g, ' ');

afterEach(cleanup);

describe('a slide’s filters in the editor', () => {
  test('take the dashboard’s filters, edit the window, clear, and undo', () => {
    render(<Harness dashboardFilters={filters({ subEventTypes: ['Attack'], sides: ['mauritania'], maxDistanceKm: 50 })} />);
    expect(words(2)).toBe('Filtres : aucun : tout est montré');
    act(() => fireEvent.click(editorOf(2).querySelector('button')!)); // « Prendre les filtres du tableau de bord »
    expect(latest.slides[1]!.filters).toEqual({ subEventTypes: ['Attack'], sides: ['mauritania'], maxDistanceKm: 50 });
    expect(words(2)).toBe('Filtres : Attaque, côté mauritanien, à 50 km au plus');
    expect(editorOf(2).getAttribute('data-slide-filters')).toBe('set');

    const from = editorOf(2).querySelector<HTMLInputElement>('input[name="from"]')!;
    const to = editorOf(2).querySelector<HTMLInputElement>('input[name="to"]')!;
    act(() => fireEvent.change(from, { target: { value: '2024-03-01' } }));
    act(() => fireEvent.change(to, { target: { value: '2024-05-31' } }));
    expect(words(2)).toBe('Filtres : du 1er mars 2024 au 31 mai 2024, Attaque, côté mauritanien, à 50 km au plus');

    act(() => fireEvent.click(screen.getAllByRole('button', { name: 'Effacer les filtres' })[1]!));
    expect(latest.slides[1]!.filters).toBeUndefined();
    expect(words(2)).toBe('Filtres : aucun : tout est montré');
    act(() => fireEvent.click(screen.getByRole('button', { name: /Annuler/ })));
    expect(latest.slides[1]!.filters).toEqual({ from: '2024-03-01', to: '2024-05-31', subEventTypes: ['Attack'], sides: ['mauritania'], maxDistanceKm: 50 });
    // The other slides are untouched.
    expect(latest.slides.filter((slide) => slide.filters)).toHaveLength(1);
  });

  test('says them in English too', () => {
    render(<Harness language="en" dashboardFilters={filters({ from: '2024-05-01', claimStatuses: ['alleged', 'reported'] })} />);
    act(() => fireEvent.click(screen.getAllByRole('button', { name: 'Use the dashboard’s filters' })[0]!));
    expect(words(1)).toBe('Filters: since 1 May 2024, allegation or reported');
  });
});
