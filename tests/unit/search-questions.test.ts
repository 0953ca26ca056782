import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findUnit } from '../../src/model/walk.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';

interface Question {
  q: string;
  expect: string[];
  answer: string;
}

const questions = JSON.parse(readFileSync('tests/bench/search-questions.json', 'utf8')) as Question[];
const source = loadDocumentFile(SOURCE_DOCUMENT);

/**
 * The questions benchmark is only as honest as its labels: each question names
 * the words that answer it, and the label must be the smallest unit holding them
 * (an item when the answer sits in a 一是/二是 item, otherwise the clause).
 */
describe('the questions benchmark (tests/bench/search-questions.json)', () => {
  it('has at least 40 questions, some answered by an item', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => q.expect.some((id) => id.split('-').length > 2)).length).toBeGreaterThan(0);
  });

  it.each(questions.map((q) => [q.q, q] as const))('%s is labelled to the smallest unit holding its answer', (_, question) => {
    for (const id of question.expect) {
      const unit = findUnit(source, id);
      expect(unit?.text, id).toContain(question.answer);
      const deeper = unit?.content.flatMap((c) => (c.type === 'unit' && c.unit.text.includes(question.answer) ? [c.unit.id] : [])) ?? [];
      expect(deeper, `${question.q}: the answer lies in ${deeper.join(', ')}; label that`).toEqual([]);
    }
  });
});
