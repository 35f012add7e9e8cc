/**
 * The briefing's part of the URL hash: `#brief=ID&slide=3` opens slide 3 of briefing ID (1-based
 * in the URL, as people count slides), `&presenter=1` opens the presenter view. Other keys
 * (`place=`, `incident=`) are left as they are.
 */
export interface BriefingLocation {
  briefingId: string;
  /** 0-based. */
  slideIndex: number;
  isPresenter: boolean;
}

export function briefingFromHash(hash: string): BriefingLocation | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const briefingId = params.get('brief');
  if (!briefingId) return null;
  const slide = Number.parseInt(params.get('slide') ?? '1', 10);
  return { briefingId, slideIndex: Number.isFinite(slide) && slide >= 1 ? slide - 1 : 0, isPresenter: params.get('presenter') === '1' };
}

/** `hash` with the briefing location set (or removed, for null), other keys kept. */
export function hashWithBriefing(hash: string, location: BriefingLocation | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('brief');
  params.delete('slide');
  params.delete('presenter');
  if (location) {
    params.set('brief', location.briefingId);
    params.set('slide', String(location.slideIndex + 1));
    if (location.isPresenter) params.set('presenter', '1');
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
