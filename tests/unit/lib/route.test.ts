import { describe, expect, it } from 'vitest';
import { lessonHref, notesHref, parseRoute, presentHref, sectionIndexInAddress } from '../../../src/lib/route';

describe('parseRoute', () => {
  const cases = [
    { hash: '', expected: { name: 'home' } },
    { hash: '#/', expected: { name: 'home' } },
    { hash: '#/lesson/roles', expected: { name: 'lesson', slug: 'roles', section: null } },
    { hash: '#/lesson/roles/recipe', expected: { name: 'lesson', slug: 'roles', section: 'recipe' } },
    { hash: '#/runs', expected: { name: 'runs' } },
    { hash: '#/settings', expected: { name: 'settings' } },
    { hash: '#/tools', expected: { name: 'tools' } },
    { hash: '#/record', expected: { name: 'record' } },
    { hash: '#/tools/extra', expected: { name: 'not-found' } },
    { hash: '#/lesson/roles/recipe/extra', expected: { name: 'not-found' } },
    { hash: '#/lesson/<script>', expected: { name: 'not-found' } },
    { hash: '#/present/roles', expected: { name: 'present', slug: 'roles', section: null } },
    { hash: '#/present/roles/sorter', expected: { name: 'present', slug: 'roles', section: 'sorter' } },
    { hash: '#/present/roles/sorter/extra', expected: { name: 'not-found' } },
    { hash: '#/present', expected: { name: 'not-found' } },
    { hash: '#/notes/agile', expected: { name: 'notes', slug: 'agile', section: null } },
    { hash: '#/notes/agile/mayo', expected: { name: 'notes', slug: 'agile', section: 'mayo' } },
    { hash: '#/notes/Agile', expected: { name: 'not-found' } },
    { hash: '#/nowhere', expected: { name: 'not-found' } },
  ];
  for (const { hash, expected } of cases) {
    it(`reads "${hash}" as ${expected.name}`, () => {
      expect(parseRoute(hash)).toMatchObject(expected);
    });
  }

  it('keeps the hash query for scenario values', () => {
    const route = parseRoute('#/lesson/experiments/ab?ab.seed=42&ab.days=14');
    expect(route.query.get('ab.seed')).toBe('42');
    expect(route.query.get('ab.days')).toBe('14');
  });

  it('does not read past 4096 characters of a hostile hash', () => {
    const route = parseRoute('#/runs?x=' + 'a'.repeat(100_000));
    expect(route.name).toBe('runs');
    expect((route.query.get('x') ?? '').length).toBeLessThan(4096);
  });
});

describe('lessonHref', () => {
  it('links to a lesson and to one of its sections', () => {
    expect(lessonHref('roles')).toBe('#/lesson/roles');
    expect(lessonHref('roles', 'recipe')).toBe('#/lesson/roles/recipe');
  });
});

describe('presentHref and notesHref', () => {
  it('link to the presenter view and the notes window of a lesson and of a section', () => {
    expect(presentHref('roles')).toBe('#/present/roles');
    expect(presentHref('roles', 'recipe')).toBe('#/present/roles/recipe');
    expect(notesHref('roles')).toBe('#/notes/roles');
    expect(notesHref('roles', 'recipe')).toBe('#/notes/roles/recipe');
  });
});

describe('the section a quick second step counts from', () => {
  const sections = [{ id: 'gap' }, { id: 'recipe' }, { id: 'two-roles' }];
  it('is the one in the address, which changes before the route does', () => {
    expect(sectionIndexInAddress('#/present/roles/recipe', 'present', 'roles', sections, 0)).toBe(1);
    expect(sectionIndexInAddress('#/notes/roles/two-roles?x=1', 'notes', 'roles', sections, 0)).toBe(2);
  });
  it('falls back to the route’s when the address shows another page, lesson or section', () => {
    expect(sectionIndexInAddress('#/lesson/roles/recipe', 'present', 'roles', sections, 0)).toBe(0);
    expect(sectionIndexInAddress('#/present/agile/recipe', 'present', 'roles', sections, 2)).toBe(2);
    expect(sectionIndexInAddress('#/present/roles/nope', 'present', 'roles', sections, 1)).toBe(1);
  });
});
