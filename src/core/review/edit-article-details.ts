/**
 * A reviewer's correction of an article's details (title, outlet, publication date, address)
 * after it was opened: recorded like any other correction, with who changed what and when, so the
 * details the app guessed (a headline rebuilt from the first line, the day of loading as the date)
 * stay distinguishable from those a person gave. The text, and so every offset, is untouched.
 */
import type { Agent, ArticleMeta, LocalizedText } from '../types';
import { PARTIAL_DATE } from '../vocabulary/partial-date';

export type EditableDetail = 'title' | 'outlet' | 'published' | 'url';
export type DetailChanges = Partial<Record<EditableDetail, string>>;

export interface DetailCorrection {
  field: EditableDetail;
  from: string | null;
  to: string | null;
  by: Agent;
  at: string; // ISO 8601 date-time
}

/** Metadata as a reviewer leaves it: the corrections made to it, oldest first. */
export type CorrectedMeta = ArticleMeta & { 'bb:corrections'?: DetailCorrection[]; publishedIsLoadingDate?: true };

export type DetailsOutcome = { ok: true; meta: CorrectedMeta; changed: EditableDetail[] } | { ok: false; problem: LocalizedText };

const PRECISION_BY_LENGTH: Record<number, ArticleMeta['publishedPrecision']> = { 4: 'year', 7: 'month', 10: 'day' };

/** The metadata with `changes` applied, or why they cannot be (nothing is changed then). */
export function editArticleDetails(meta: CorrectedMeta, changes: DetailChanges, by: Agent, at: string): DetailsOutcome {
  const next: CorrectedMeta = { ...meta };
  const corrections: DetailCorrection[] = [];
  const record = (field: EditableDetail, from: string | null, to: string | null) => corrections.push({ field, from, to, by, at });

  if (changes.title !== undefined) {
    const title = clean(changes.title);
    if (!title) return refuse('le titre est vide : écrivez le titre publié', 'the title is empty: write the published headline');
    if (title !== meta.title) {
      record('title', meta.title, title);
      next.title = title;
      next.titleIsReconstructed = false; // a person gave it
    }
  }
  if (changes.outlet !== undefined) {
    const outlet = clean(changes.outlet);
    if (!outlet) return refuse('le média est vide : écrivez le nom du média', 'the outlet is empty: write the outlet’s name');
    if (outlet !== meta.outlet) {
      record('outlet', meta.outlet, outlet);
      next.outlet = outlet;
    }
  }
  if (changes.published !== undefined) {
    const published = changes.published.trim();
    if (!PARTIAL_DATE.test(published)) return refuse(`« ${published} » n’est pas une date : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ`, `“${published}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`);
    if (published !== meta.published || meta.publishedIsLoadingDate) {
      record('published', meta.published, published);
      next.published = published;
      next.publishedPrecision = PRECISION_BY_LENGTH[published.length]!;
      delete next.publishedIsLoadingDate; // a person gave the date
    }
  }
  if (changes.url !== undefined) {
    const url = changes.url.trim() || null;
    if (url !== null && !isHttpUrl(url)) return refuse(`« ${url} » n’est pas une adresse http(s) : copiez l’adresse de la page`, `“${url}” is not an http(s) address: copy the page’s address`);
    if (url !== meta.url) {
      record('url', meta.url, url);
      next.url = url;
    }
  }
  if (corrections.length === 0) return { ok: true, meta, changed: [] };
  next['bb:corrections'] = [...(meta['bb:corrections'] ?? []), ...corrections];
  return { ok: true, meta: next, changed: corrections.map((c) => c.field) };
}

function refuse(fr: string, en: string): DetailsOutcome {
  return { ok: false, problem: { fr, en } };
}

// Control characters (a bell, an escape pasted from a terminal) never belong in a title.
function clean(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
