import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, type RunQuery } from '../../../../src/sims/runs-and-registry/query';
import { MAX_METRIC_KEY, MAX_TEXT, parseSort, readRunQuery, writeRunQuery } from '../../../../src/sims/runs-and-registry/queryUrl';
import { parseRoute } from '../../../../src/lib/route';

const read = (text: string) => readRunQuery(new URLSearchParams(text));

describe('the runs view’s filter and sort in the address', () => {
  it.each<{ name: string; address: string; expected: Partial<RunQuery> }>([
    { name: 'an empty query is the defaults', address: '', expected: {} },
    { name: 'every value at once', address: 'lab=drift-lab&q=seed+7&demo=0&sort=metric:meanAccuracy&order=asc', expected: { lab: 'drift-lab', text: 'seed 7', showDemo: false, sort: 'metric:meanAccuracy', descending: false } },
    { name: 'an unknown lab is ignored', address: 'lab=not-a-lab', expected: {} },
    { name: 'a lab in other letter case is unknown', address: 'lab=Drift-Lab', expected: {} },
    { name: 'a prototype key is not a lab', address: 'lab=__proto__', expected: {} },
    { name: 'an unknown sort is ignored', address: 'sort=size', expected: {} },
    { name: 'a metric sort without a key is ignored', address: 'sort=metric:', expected: {} },
    { name: 'a metric sort with a control character is ignored', address: 'sort=metric:a%0Ab', expected: {} },
    { name: 'a metric key with spaces and brackets is kept', address: `sort=${encodeURIComponent('metric:difference (pp)')}`, expected: { sort: 'metric:difference (pp)' } },
    { name: 'duration sorts', address: 'sort=duration&order=desc', expected: { sort: 'duration' } },
    { name: 'demo other than 0 or 1 is ignored', address: 'demo=no', expected: {} },
    { name: 'demo=1 is the default', address: 'demo=1', expected: {} },
    { name: 'an order other than asc or desc is ignored', address: 'order=up', expected: {} },
    { name: 'control characters are dropped from the text', address: 'q=a%00b%1Fc', expected: { text: 'abc' } },
    { name: 'parameters it does not know are left alone', address: 'x=1&runs.seed=3', expected: {} },
  ])('$name', ({ address, expected }) => {
    expect(read(address)).toEqual({ ...DEFAULT_QUERY, ...expected });
  });

  it('cuts a long text to MAX_TEXT characters and a long metric key out of the sort', () => {
    expect(read(`q=${'x'.repeat(5000)}`).text).toBe('x'.repeat(MAX_TEXT));
    expect(parseSort(`metric:${'k'.repeat(MAX_METRIC_KEY)}`)).toBe(`metric:${'k'.repeat(MAX_METRIC_KEY)}`);
    expect(parseSort(`metric:${'k'.repeat(MAX_METRIC_KEY + 1)}`)).toBeNull();
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(writeRunQuery(DEFAULT_QUERY).toString()).toBe('');
    expect(writeRunQuery({ ...DEFAULT_QUERY, text: '   ' }).toString()).toBe('');
    const query: RunQuery = { lab: 'ab-test-lab', text: 'novelty & 5%', showDemo: false, sort: 'metric:ciLower (€)', descending: false };
    const written = writeRunQuery(query);
    expect([...written.keys()]).toEqual(['lab', 'q', 'demo', 'sort', 'order']);
    expect(readRunQuery(written)).toEqual(query);
    // Through the router's own parsing of the hash, as a reload reads it.
    const route = parseRoute(`#/runs?${written}`);
    expect(route.name).toBe('runs');
    expect(readRunQuery(route.query)).toEqual(query);
  });

  it('never writes a value it would not read back', () => {
    const bad: RunQuery = { lab: 'nonsense', text: 'y'.repeat(300), showDemo: true, sort: 'metric:' as RunQuery['sort'], descending: true };
    expect(Object.fromEntries(writeRunQuery(bad))).toEqual({ q: 'y'.repeat(MAX_TEXT) });
  });
});
