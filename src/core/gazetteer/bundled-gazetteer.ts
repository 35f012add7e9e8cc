/**
 * The gazetteer that ships with the app (data/gazetteer/gazetteer.json), bundled by Vite for the
 * browser and the Web Worker and imported as JSON by the CLI and the tests. Built once, on
 * first use, and validated then.
 */
import gazetteerJson from '../../../data/gazetteer/gazetteer.json';
import { createGazetteer, type Gazetteer } from './create-gazetteer';

let bundled: Gazetteer | undefined;

/** The shipped gazetteer, validated on first call and cached. */
export function bundledGazetteer(): Gazetteer {
  bundled ??= createGazetteer(gazetteerJson, 'data/gazetteer/gazetteer.json');
  return bundled;
}
