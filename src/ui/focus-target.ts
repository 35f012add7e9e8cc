/**
 * Where the keyboard goes back to when something closes: the mention under review, the list
 * button of a place, the article's text or heading. Looked up in the page by the ids the
 * components already carry, since the element that opened a card is often re-rendered meanwhile.
 */

/** Focuses `element`, making it focusable by script first when it is not by itself (a heading). */
export function focusElement(element: HTMLElement | null): HTMLElement | null {
  if (!element) return null;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
  return element;
}

/** The first of `selectors` found in the page, focused. */
export function focusFirst(selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) return focusElement(element);
  }
  return null;
}

/** The link of a mention in the article text. */
export function mentionLink(annotationId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.article-text mark[data-annotation-id="${CSS.escape(annotationId)}"] a`);
}

/** An article's heading, made focusable. */
export function articleHeading(articleId: string): HTMLElement | null {
  const heading = document.getElementById(`article-heading-${articleId}`);
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

/** Gives the keyboard back to an article's text (where words are selected in review mode). */
export function focusArticleText(articleId: string): void {
  focusFirst([`section.article-panel[data-article-id="${CSS.escape(articleId)}"] .article-text[tabindex]`, `#article-heading-${CSS.escape(articleId)}`]);
}

/** True when a key typed on `target` is text being written, not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

/** True when the focus is on nothing in particular (the element that had it was removed). */
export function isFocusLost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}
