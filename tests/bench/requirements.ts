/**
 * Requirement-grammar benchmark: `npm run bench:requirements`. Reads every
 * labelled sentence of the tuning sets (tests/fixtures/requirements/
 * sentences.json, sentences-2.json) and the held-out sets (holdout.json,
 * holdout-2.json: never used to tune the rules) on its own and prints, for
 * each file: precision and recall per kind and
 * overall, who-accuracy, the readings taken from sentences with no
 * requirement, and every wrong reading, extra reading and miss. A script that
 * prints figures, not a test: it asserts nothing.
 *
 *   --summary-only=holdout,holdout-2   print only the figures for the held-out sets (not
 *                                      their sentences), for whoever tunes the rules and
 *                                      must not see them.
 */
import { readFileSync } from 'node:fs';
import { precision, recall, score, type LabelledSentence, type Score } from './requirements-score.ts';

const FILES = ['sentences.json', 'sentences-2.json', 'holdout.json', 'holdout-2.json'];
const summaryOnly = new Set(process.argv.flatMap((a) => (a.startsWith('--summary-only=') ? a.slice('--summary-only='.length).split(',').map((n) => `${n.replace(/\.json$/, '')}.json`) : [])));
const pct = (x: number) => x.toFixed(3);

function table(s: Score): string {
  const rows = Object.entries(s.byKind).sort(([a], [b]) => a.localeCompare(b));
  const line = (name: string, k: { labelled: number; read: number; correct: number }) =>
    `${name.padEnd(11)} ${String(k.labelled).padStart(8)} ${String(k.read).padStart(6)} ${String(k.correct).padStart(8)} ${pct(precision(k)).padStart(10)} ${pct(recall(k)).padStart(8)}`;
  return [`${'kind'.padEnd(11)} ${'labelled'.padStart(8)} ${'read'.padStart(6)} ${'correct'.padStart(8)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`, ...rows.map(([k, v]) => line(k, v)), line('overall', s.overall)].join('\n');
}

for (const file of FILES) {
  const corpus = JSON.parse(readFileSync(new URL(`../fixtures/requirements/${file}`, import.meta.url), 'utf8')) as LabelledSentence[];
  const s = score(corpus);
  console.log(`\n== ${file}: ${s.sentences} sentences, ${s.emptySentences} with no requirement ==`);
  console.log(table(s));
  console.log(`who-accuracy: ${pct(s.whoMatched ? s.whoRight / s.whoMatched : 1)} (${s.whoRight}/${s.whoMatched} matched readings)`);
  console.log(`read from no-requirement sentences: ${s.fromEmpty}`);
  console.log(`wrong readings: ${s.wrong.length}, extra readings: ${s.extra.length}, misses: ${s.missed.length}, wrong who: ${s.whoWrong.length}`);
  if (summaryOnly.has(file)) continue;
  for (const [title, list] of [['wrong readings', s.wrong], ['extra readings (no label)', s.extra], ['misses', s.missed], ['wrong who', s.whoWrong]] as const) {
    if (list.length === 0) continue;
    console.log(`-- ${title}:`);
    for (const item of list) console.log(`  ${item}`);
  }
}
