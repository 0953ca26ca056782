import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRegistry, mergeRegistry, parseRegistry, publishedBy, unregistered, type Registry, type Wording } from '../../src/model/registry.ts';
import { identitiesOf } from '../../src/model/fingerprint.ts';
import { ContentError } from '../../src/model/errors.ts';
import { loadDocumentFile, SOURCE_DOCUMENT } from '../support/load-document.ts';

const entry = (path: string) => ({ path, place: '', text: 'sha256:0' });
const current: Registry = { doc: { '1': entry('/doc/#1'), '1-1': entry('/doc/1-1/'), '1-2': entry('/doc/1-2/') } };
const noLines = () => undefined;

describe('the registry of published links', () => {
  it('passes when every published unit still exists', () => {
    expect(() => checkRegistry({ doc: { '1-1': entry('/doc/1-1/') } }, current, {}, noLines)).not.toThrow();
  });

  it('fails, naming the unit, its URL and the fix, when a published unit vanishes', () => {
    const published = { doc: { ...current.doc, '1-3': entry('/doc/1-3/') } };
    expect(() => checkRegistry(published, current, {}, () => 7)).toThrow(ContentError);
    expect(() => checkRegistry(published, current, {}, () => 7)).toThrow(
      'content/registry/published.json:7: 已发布的链接 doc#1-3（/doc/1-3/）在本次构建中消失了，已印发的通知里的链接会失效。处理：恢复该条目；若确是调整了编号，在 content/registry/redirects.json 中加入 "doc#1-3": "<新位置，如 doc#1-1>"。',
    );
  });

  it('passes when the vanished unit has a redirect to an existing one', () => {
    const published = { doc: { ...current.doc, '1-3': entry('/doc/1-3/') } };
    expect(() => checkRegistry(published, current, { 'doc#1-3': 'doc#1-2' }, noLines)).not.toThrow();
  });

  it('rejects a redirect to nowhere and a redirect away from a unit that still exists', () => {
    expect(() => checkRegistry({}, current, { 'doc#1-3': 'doc#9-9' }, noLines)).toThrow(/目标不存在/);
    expect(() => checkRegistry({}, current, { 'doc#1-1': 'doc#1-2' }, noLines)).toThrow(/仍然存在/);
  });

  it('adds new units and never drops old ones when merged', () => {
    const merged = mergeRegistry({ doc: { '9': entry('/doc/#9') } }, current);
    expect(Object.keys(merged.doc ?? {}).sort()).toEqual(['1', '1-1', '1-2', '9']);
    expect(unregistered({ doc: { '1': entry('/doc/#1') } }, current)).toEqual(['doc#1-1', 'doc#1-2']);
  });

  it('holds every unit the source document publishes (the committed registry is complete)', () => {
    const committed = parseRegistry(JSON.parse(readFileSync('content/registry/published.json', 'utf8')));
    const published = publishedBy([loadDocumentFile(SOURCE_DOCUMENT)]);
    expect(unregistered(committed, published)).toEqual([]);
    expect(committed['jiceng-zuzhi-jianshe']?.['1-6-2']?.path).toBe('/jiceng-zuzhi-jianshe/1-6/#1-6-2');
  });

  it('holds the fingerprint and place of every unit as published, and each wording they were taken from', () => {
    const committed = parseRegistry(JSON.parse(readFileSync('content/registry/published.json', 'utf8')));
    const wording = JSON.parse(readFileSync('content/registry/wording.json', 'utf8')) as Wording;
    const seed = 'jiceng-zuzhi-jianshe';
    const units = identitiesOf(loadDocumentFile(SOURCE_DOCUMENT));
    expect(units.length).toBe(Object.keys(committed[seed] ?? {}).length);
    for (const u of units) {
      expect(committed[seed]?.[u.id], u.id).toEqual({ path: u.path, place: u.place, text: u.text });
      expect(wording[seed]?.[u.text], u.id).toBe(u.wording);
    }
  });

  it('reads a registry from before fingerprints as entries still to fingerprint', () => {
    expect(parseRegistry({ doc: { '1-1': '/doc/1-1/' } })).toEqual({ doc: { '1-1': { path: '/doc/1-1/' } } });
  });
});
