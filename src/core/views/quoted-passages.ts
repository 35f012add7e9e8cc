/**
 * The passages a card quotes: each sentence that holds one of the given mentions, once, in text
 * order, with the mentions inside it. A card cites sentences rather than bare words so a reader
 * sees the claim in its context, with its paragraph number.
 */
import type { LoadedArticle, Mention } from '../dataset';
import type { Passage } from '../types';

export interface QuotedPassage {
  articleId: string;
  sentence: Passage;
  mentions: Mention[];
}

export function quotedPassages(article: LoadedArticle, mentions: readonly Mention[]): QuotedPassage[] {
  const bySentence = new Map<string, QuotedPassage>();
  for (const mention of mentions) {
    if (mention.articleId !== article.meta.id) continue;
    const sentence = article.sentences.find((s) => mention.start >= s.start && mention.end <= s.end) ?? article.paragraphs.find((p) => mention.start >= p.start && mention.end <= p.end);
    if (!sentence) continue;
    const entry = bySentence.get(sentence.id) ?? { articleId: article.meta.id, sentence, mentions: [] };
    entry.mentions.push(mention);
    bySentence.set(sentence.id, entry);
  }
  return [...bySentence.values()].sort((a, b) => a.sentence.start - b.sentence.start);
}
