/**
 * The presentation's keyboard, as in any presentation program: → Space PageDown forward,
 * ← PageUp back, Home and End, digits then Enter to jump, B to blank, Esc to leave. Pure, so the
 * mapping is tested without a browser.
 */
export type PresentationCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number } // 0-based
  | { type: 'blank' }
  | { type: 'exit' }
  | { type: 'none' };

export interface KeyResult {
  command: PresentationCommand;
  /** Digits typed so far for a jump ('' when none). */
  typed: string;
  /** True when the key belongs to the presentation and the browser should not act on it. */
  isHandled: boolean;
}

/** The command for `key` (KeyboardEvent.key), given the digits already typed. */
export function presentationKey(key: string, typed: string): KeyResult {
  if (/^[0-9]$/.test(key)) return { command: { type: 'none' }, typed: (typed + key).slice(-4), isHandled: true };
  if (key === 'Enter' && typed) {
    const number = Number.parseInt(typed, 10);
    return { command: number >= 1 ? { type: 'goto', index: number - 1 } : { type: 'none' }, typed: '', isHandled: true };
  }
  if (key === 'Backspace' && typed) return { command: { type: 'none' }, typed: typed.slice(0, -1), isHandled: true };
  const command = COMMANDS[key.length === 1 ? key.toLowerCase() : key];
  return command ? { command, typed: '', isHandled: true } : { command: { type: 'none' }, typed, isHandled: false };
}

/** The slide index a command leads to, from `index` in a briefing of `count` slides. */
export function nextSlideIndex(index: number, command: PresentationCommand, count: number): number {
  const last = Math.max(0, count - 1);
  switch (command.type) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'goto':
      return Math.min(last, Math.max(0, command.index));
    default:
      return index;
  }
}

const COMMANDS: Record<string, PresentationCommand> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  ' ': { type: 'next' },
  PageDown: { type: 'next' },
  Enter: { type: 'next' },
  n: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Backspace: { type: 'previous' },
  p: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  b: { type: 'blank' },
  '.': { type: 'blank' },
  Escape: { type: 'exit' },
};
