/**
 * Scores the geoparser on the development set (tests/fixtures/devset: articles written in the
 * style of the region's news, with mentions marked by hand) and on the seed article.
 *
 *   npx tsx scripts/devset-eval.ts            figures
 *   npx tsx scripts/devset-eval.ts --errors   figures and every miss, extra and wrong place
 *   npx tsx scripts/devset-eval.ts --incidents [--errors] [--split dev,heldout]
 *                                             the incident coder on its hand-coded sets (dev,
 *                                             held out, unseen, unseen2, or those named), with
 *                                             every miss, extra and wrong field under --errors
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledGazetteer } from '../src/core/gazetteer/bundled-gazetteer';
import { createGeoparser } from '../src/core/geoparse/create-geoparser';
import { evaluateMentions, scoreCounts, sumCounts, type EvaluationReport, type GoldMention } from '../src/core/geoparse/evaluate-geoparse';
import { evaluateIncidents, formatIncidentScore } from '../src/core/incidents/evaluate-incidents';
import type { Language } from '../src/core/types';
import { allPlaces, loadGoldArticles, proposeFor, type IncidentSplit } from './incident-sets';

const root = fileURLToPath(new URL('../', import.meta.url));
export const DEVSET_DIR = `${root}tests/fixtures/devset`;

export interface DevsetArticle {
  name: string;
  language: Language;
  text: string;
  gold: GoldMention[];
}

/** Every article of the development set with its gold mentions. */
export function loadDevset(dir = DEVSET_DIR): DevsetArticle[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const gold = JSON.parse(readFileSync(`${dir}/${name}.gold.json`, 'utf8')) as { language: Language; mentions: GoldMention[] };
      return { name, language: gold.language, text: readFileSync(`${dir}/${file}`, 'utf8'), gold: gold.mentions };
    });
}

/** Geoparses each article (language detected, as the CLI does) and scores it. */
export function evaluateDevset(articles: DevsetArticle[]): { perArticle: { name: string; report: EvaluationReport }[]; total: ReturnType<typeof scoreCounts> } {
  const gazetteer = bundledGazetteer();
  const geoparser = createGeoparser(gazetteer);
  const perArticle = articles.map((article) => ({ name: article.name, report: evaluateMentions(geoparser.parse(article.text).mentions, article.gold, gazetteer) }));
  return { perArticle, total: scoreCounts(sumCounts(perArticle.map((a) => a.report.counts))) };
}

/** Prints the incident coder's score on each hand-coded set, with its errors when asked. */
function reportIncidents(showErrors: boolean, only: readonly string[] | null): void {
  // --split lets a change be checked on the sets tuned on without reading a held-out set's errors.
  for (const split of ['dev', 'heldout', 'unseen', 'unseen2'] as const satisfies readonly IncidentSplit[]) {
    if (only && !only.includes(split)) continue;
    const articles = loadGoldArticles(split).map((a) => ({ article: a, gold: a.incidents, proposals: proposeFor(a).proposals }));
    const score = evaluateIncidents(articles, allPlaces);
    console.log(formatIncidentScore(`incident coder, ${split} set (${articles.length} articles)`, score));
    if (!showErrors) continue;
    for (const pair of score.pairs) {
      if (pair.proposed === null) console.log(`    missed ${pair.gold}`);
      else if (pair.wrong.length > 0) {
        const article = articles.find((a) => a.gold.some((g) => g.id === pair.gold))!;
        const gold = article.gold.find((g) => g.id === pair.gold)!;
        const p = article.proposals.find((x) => String(x.properties.id) === pair.proposed)!.properties;
        const fields = pair.wrong.map((f) => {
          if (f === 'date') return `date ${p.event_date}/${p.time_precision} (gold ${gold.event_date}/${gold.time_precision})`;
          if (f === 'place') return `place ${p.place_ids?.join('+') || 'none'}/${p.geo_precision} (gold ${gold.place_id ?? 'none'}/${gold.geo_precision})`;
          return `${f} ${String(p[f])} (gold ${gold[f]})`;
        });
        console.log(`    ${pair.gold}: ${fields.join('; ')}`);
      }
    }
    // Proposal ids repeat across articles: an article's extras are read from its own score.
    for (const { article, gold, proposals } of articles) {
      const own = evaluateIncidents([{ gold, proposals }], allPlaces);
      for (const p of proposals)
        if (own.unmatchedProposals.includes(String(p.properties.id)))
          console.log(`    extra in ${article.article}: ${p.properties.sub_event_type} ${p.properties.event_date} « ${proposeFor(article).text.slice(p.properties.evidence[0]!.start, p.properties.evidence[0]!.end)} »`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const showErrors = process.argv.includes('--errors');
  if (process.argv.includes('--incidents')) {
    const at = process.argv.indexOf('--split');
    reportIncidents(showErrors, at === -1 ? null : (process.argv[at + 1] ?? '').split(','));
    process.exit(0);
  }
  const articles = loadDevset();
  const { perArticle, total } = evaluateDevset(articles);
  const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
  for (const { name, report } of perArticle) {
    const s = scoreCounts(report.counts);
    console.log(`${name.padEnd(34)} P ${percent(s.precision).padStart(7)}  R ${percent(s.recall).padStart(7)}  F1 ${percent(s.f1).padStart(7)}  resolution ${percent(s.resolutionAccuracy).padStart(7)}`);
    if (showErrors) for (const error of report.errors) console.log(`    ${error}`);
  }
  const mentions = articles.reduce((n, a) => n + a.gold.length, 0);
  console.log(`\n${articles.length} articles, ${mentions} gold mentions`);
  console.log(`mention detection: precision ${percent(total.precision)}, recall ${percent(total.recall)}, F1 ${percent(total.f1)}`);
  console.log(`resolution (within 25 km, or right country): ${percent(total.resolutionAccuracy)} of mentions found`);
}
