/**
 * Requirement-grammar benchmark: `npm run bench:requirements`. Reads every
 * labelled sentence on its own (tests/fixtures/requirements/, roles in
 * LABELS.md) and prints, for each file: precision and recall per kind and
 * overall, who-accuracy, the readings taken from sentences with no
 * requirement, and every wrong reading, extra reading and miss. A script that
 * prints figures, not a test: it asserts nothing.
 *
 * The held-out set is printed as figures only, so whoever tunes the rules
 * never sees its sentences by accident:
 *
 *   --show-holdout   also print the held-out set's wrong readings and misses (for a
 *                    reviewer; once read, the set is no longer held out).
 */
import { HELD_OUT, precision, readLabelled as read, recall, score, TUNING, type Score } from './requirements-score.ts';

const FILES = [...TUNING, ...HELD_OUT];
const summaryOnly = new Set(process.argv.includes('--show-holdout') ? [] : HELD_OUT);
const pct = (x: number) => x.toFixed(3);

function table(s: Score): string {
  const rows = Object.entries(s.byKind).sort(([a], [b]) => a.localeCompare(b));
  const line = (name: string, k: { labelled: number; read: number; correct: number }) =>
    `${name.padEnd(11)} ${String(k.labelled).padStart(8)} ${String(k.read).padStart(6)} ${String(k.correct).padStart(8)} ${pct(precision(k)).padStart(10)} ${pct(recall(k)).padStart(8)}`;
  return [`${'kind'.padEnd(11)} ${'labelled'.padStart(8)} ${'read'.padStart(6)} ${'correct'.padStart(8)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`, ...rows.map(([k, v]) => line(k, v)), line('overall', s.overall)].join('\n');
}

for (const file of FILES) {
  const s = score(read(file));
  console.log(`\n== ${file} (${HELD_OUT.includes(file) ? 'held out' : 'tuning'}): ${s.sentences} sentences, ${s.emptySentences} with no requirement ==`);
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

/** A group of files scored as one corpus: figures only. */
function together(title: string, files: readonly string[]): void {
  const s = score(files.flatMap(read));
  console.log(`\n== ${title}: ${s.sentences} sentences, ${s.emptySentences} with no requirement ==`);
  console.log(table(s));
  console.log(`who-accuracy: ${pct(s.whoMatched ? s.whoRight / s.whoMatched : 1)} (${s.whoRight}/${s.whoMatched} matched readings)`);
  console.log(`read from no-requirement sentences: ${s.fromEmpty}`);
}

together('all tuning sets together', TUNING);
if (HELD_OUT.length > 0) together('all held-out sets together', HELD_OUT);
