// @vitest-environment jsdom
/**
 * The incident form's gazetteer picker in jsdom, over the real bundled gazetteer: a combobox
 * whose listbox finds places by the start or the middle of a name or variant, accents aside,
 * and that the keyboard alone can drive.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bundledGazetteer } from '../../src/core/gazetteer/bundled-gazetteer';
import type { GazetteerPlace } from '../../src/core/gazetteer/gazetteer-schema';
import { GazetteerPicker } from '../../src/ui/gazetteer-picker';

const gazetteer = bundledGazetteer();
afterEach(cleanup);

function setup(language: 'fr' | 'en' = 'fr') {
  const onPick = vi.fn<(place: GazetteerPlace) => void>();
  render(<GazetteerPicker gazetteer={gazetteer} language={language} label="Entrée du répertoire" onPick={onPick} />);
  return { onPick, input: screen.getByRole('combobox', { name: 'Entrée du répertoire' }) };
}

describe('GazetteerPicker', () => {
  test('lists places whose name starts with the letters typed, accents and capitals aside', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'NEMA' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/^Néma/);
  });

  test('finds a place by the middle of a name too, and by a variant', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'bagrou' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContainEqual(expect.stringMatching(/^Adel Bagrou/));
    const variant = gazetteer.places.find((p) => p.names.some((n) => n !== p.name.fr && n !== p.name.en))!;
    const other = variant.names.find((n) => n !== variant.name.fr && n !== variant.name.en)!;
    fireEvent.change(input, { target: { value: other } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContainEqual(expect.stringContaining(variant.name.fr));
  });

  test('is driven by the keyboard: arrows move the active option, Enter picks it, Escape closes the list', () => {
    const { input, onPick } = setup('en');
    fireEvent.change(input, { target: { value: 'kay' } });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    // The first option is active as the list opens (Enter takes the best match); the arrows move on, and wrap.
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    const second = options[1]!.textContent!;
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(second.startsWith(onPick.mock.calls[0]![0].name.en)).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(input, { target: { value: 'kay' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  test('picks with a click, and says when nothing matches', () => {
    const { input, onPick } = setup();
    fireEvent.change(input, { target: { value: 'fassa' } });
    fireEvent.mouseDown(screen.getAllByRole('option')[0]!);
    expect(onPick.mock.calls[0]![0].id).toBe('fassala');
    fireEvent.change(input, { target: { value: 'zzzqx' } });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByRole('listbox').textContent).toMatch(/Aucun lieu/);
    // …and a screen reader hears the count, not the list.
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toMatch(/Aucun|0/);
  });

  test('says the gazetteer is loading while it is', () => {
    render(<GazetteerPicker gazetteer={null} language="en" label="Gazetteer entry" onPick={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Gazetteer entry' }) as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.placeholder).toMatch(/Loading the gazetteer/);
  });
});
