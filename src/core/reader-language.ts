/**
 * Messages meant for the person opening an article (warnings, refusals) are written in both
 * languages, and given in theirs: the dashboard passes its interface language, the command line
 * keeps the default, English.
 */
import type { Language } from './types';

/** The French or the English wording, for `language` (English when none is given). */
export function inLanguage(language: Language | undefined, wording: { fr: string; en: string }): string {
  return language === 'fr' ? wording.fr : wording.en;
}
