// @vitest-environment jsdom
/**
 * The briefing editor panel in jsdom, wired to the real editing reducer: reordering with the
 * keyboard alone, deleting, and undo with Ctrl+Z.
 */
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { parseBriefing } from '../../src/core/briefing/briefing-schema';
import { briefingEditorReducer, createEditorState } from '../../src/core/briefing/edit-briefing';
import { BriefingPanel } from '../../src/ui/briefing/briefing-panel';

const parsed = parseBriefing('seed.json', readFileSync('data/briefings/kessiya-2024-05-mali-mauritanie.json', 'utf8'));
if (!parsed.ok) throw new Error('seed briefing does not parse');
const seed = parsed.briefing;
const noop = () => undefined;

function Harness() {
  const [state, dispatch] = useReducer(briefingEditorReducer, seed, createEditorState);
  return (
    <BriefingPanel
      briefing={state.briefing}
      language="fr"
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
    />
  );
}

const titles = () => screen.getAllByRole<HTMLInputElement>('textbox').filter((input) => input.classList.contains('slide-title-input')).map((input) => input.value);

afterEach(cleanup);

describe('briefing panel', () => {
  test('Alt+↓ on a slide’s handle moves it down one place', () => {
    render(<Harness />);
    fireEvent.keyDown(screen.getByRole('button', { name: /^1\. / }), { key: 'ArrowDown', altKey: true });
    expect(titles().slice(0, 2)).toEqual([seed.slides[1]!.title, seed.slides[0]!.title]);
  });

  test('Ctrl+Z undoes the last edit', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer 2' }));
    expect(titles()).toHaveLength(seed.slides.length - 1);
    fireEvent.keyDown(screen.getByTestId('briefing-panel'), { key: 'z', ctrlKey: true });
    expect(titles()).toEqual(seed.slides.map((slide) => slide.title));
  });

  test('the undo button is off until there is something to undo', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: /Annuler/ })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Titre 3'), { target: { value: 'Exactions présumées' } });
    expect(screen.getByRole('button', { name: /Annuler/ })).toBeEnabled();
  });

  test('offers the handout as a button named PDF', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'PDF' })).toBeInTheDocument();
  });
});
