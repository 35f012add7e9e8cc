/**
 * Keeps the presentation and the presenter view (a second window) in step over a
 * BroadcastChannel: the presentation announces where it is; the presenter view asks it to move.
 */
export type BriefingMessage =
  | { type: 'position'; briefingId: string; index: number; isBlank: boolean; startedAt: number }
  | { type: 'command'; briefingId: string; command: 'next' | 'previous' | 'blank' | 'hello'; index?: number };

const CHANNEL = 'border-brief:briefing';

export interface BriefingChannel {
  post(message: BriefingMessage): void;
  close(): void;
}

/** Opens the channel; `onMessage` gets every message from the other windows. A no-op where BroadcastChannel is missing. */
export function openBriefingChannel(onMessage: (message: BriefingMessage) => void): BriefingChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<BriefingMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
