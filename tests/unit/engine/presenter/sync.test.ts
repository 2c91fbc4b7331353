import { describe, expect, it } from 'vitest';
import { isNewer, parseSyncMessage, PresenterSync, type Position, type SyncMessage } from '../../../../src/engine/presenter/sync';

/**
 * A test bus standing in for BroadcastChannel: a message posted by one window is delivered
 * to every other window (never to itself), asynchronously and in order, when `flush` runs.
 */
function bus() {
  const windows: { sync: PresenterSync; moves: Position[]; id: string }[] = [];
  const queue: { from: string; message: SyncMessage }[] = [];
  const sent: SyncMessage[] = [];
  function open(id: string, follower: boolean, startedAt: number) {
    const moves: Position[] = [];
    const sync = new PresenterSync({
      origin: id,
      follower,
      startedAt,
      post: (message) => {
        sent.push(message);
        queue.push({ from: id, message: structuredClone(message) });
      },
      onRemote: (position) => moves.push(position),
    });
    windows.push({ sync, moves, id });
    return { sync, moves };
  }
  function flush(limit = 100) {
    let delivered = 0;
    while (queue.length > 0) {
      const { from, message } = queue.shift()!;
      for (const w of windows) if (w.id !== from) w.sync.receive(message);
      if (++delivered > limit) throw new Error('the windows never stop talking');
    }
    return delivered;
  }
  return { open, flush, sent };
}

const at = (slug: string, section: string): Position => ({ slug, section });

describe('PresenterSync', () => {
  it('a notes window opened late catches up with the presenter at once, without the presenter moving', () => {
    const b = bus();
    const presenter = b.open('presenter-a', false, 1000);
    presenter.sync.show(at('roles', 'gap'));
    presenter.sync.show(at('roles', 'recipe'));
    presenter.sync.show(at('roles', 'two-roles'));
    b.flush();
    const notes = b.open('notes-b', true, 5000);
    notes.sync.show(at('roles', 'gap')); // its own URL: the first section
    b.flush();
    expect(notes.moves).toEqual([at('roles', 'two-roles')]);
    expect(presenter.moves).toEqual([]);
    expect(notes.sync.startedAt).toBe(1000);
  });

  it('a notes window catches up even with a presenter that has not stepped yet', () => {
    const b = bus();
    const presenter = b.open('p', false, 1000);
    presenter.sync.show(at('roles', 'sorter'));
    b.flush();
    const notes = b.open('n', true, 2000);
    notes.sync.show(at('roles', 'gap'));
    b.flush();
    expect(notes.moves).toEqual([at('roles', 'sorter')]);
    expect(presenter.moves).toEqual([]);
  });

  it('stepping in either window moves the other, and nothing is echoed back', () => {
    const b = bus();
    const presenter = b.open('p', false, 0);
    const notes = b.open('n', true, 0);
    presenter.sync.show(at('agile', 'one'));
    notes.sync.show(at('agile', 'one'));
    b.flush();
    b.sent.length = 0;
    presenter.sync.show(at('agile', 'two'));
    expect(b.flush()).toBe(1);
    expect(notes.moves).toEqual([at('agile', 'two')]);
    notes.sync.show(at('agile', 'two')); // the notes page shows what it was told: no new step
    notes.sync.show(at('agile', 'one')); // the instructor steps back from the notes window
    expect(b.flush()).toBe(1);
    expect(presenter.moves).toEqual([at('agile', 'one')]);
    presenter.sync.show(at('agile', 'one'));
    expect(b.flush()).toBe(0);
    expect(b.sent.map((m) => [m.from, m.section, m.rev])).toEqual([
      ['p', 'two', 1],
      ['n', 'one', 2],
    ]);
  });

  it('two windows stepping at the same moment both end on the newer step', () => {
    const b = bus();
    const presenter = b.open('p', false, 0);
    const notes = b.open('n', true, 0);
    presenter.sync.show(at('mlops', 'a'));
    notes.sync.show(at('mlops', 'a'));
    b.flush();
    presenter.sync.show(at('mlops', 'b'));
    notes.sync.show(at('mlops', 'c'));
    b.flush();
    // Both are at revision 1; the tie goes to the higher origin, 'p' > 'n'.
    expect(presenter.sync.position).toMatchObject(at('mlops', 'b'));
    expect(notes.sync.position).toMatchObject(at('mlops', 'b'));
  });

  it('a presenter reopened while the notes window has moved on joins the notes window', () => {
    const b = bus();
    const notes = b.open('n', true, 500);
    notes.sync.show(at('roles', 'gap'));
    notes.sync.show(at('roles', 'recipe'));
    b.flush();
    const presenter = b.open('p', false, 9000);
    presenter.sync.show(at('roles', 'gap'));
    b.flush();
    expect(presenter.moves).toEqual([at('roles', 'recipe')]);
    expect(presenter.sync.startedAt).toBe(500);
  });

  it('windows holding the same stamp never answer each other', () => {
    const b = bus();
    const p = b.open('p', false, 0);
    const n1 = b.open('n1', true, 0);
    const n2 = b.open('n2', true, 0);
    p.sync.show(at('roles', 'gap'));
    n1.sync.show(at('roles', 'gap'));
    n2.sync.show(at('roles', 'gap'));
    b.flush();
    p.sync.show(at('roles', 'recipe'));
    expect(b.flush()).toBe(1);
    expect(n1.sync.position).toEqual(p.sync.position);
    expect(n2.sync.position).toEqual(p.sync.position);
  });

  it('following the presenter into another lesson moves the notes window there', () => {
    const b = bus();
    const p = b.open('p', false, 0);
    const n = b.open('n', true, 0);
    p.sync.show(at('roles', 'gap'));
    n.sync.show(at('roles', 'gap'));
    b.flush();
    p.sync.show(at('agile', 'intro'));
    b.flush();
    expect(n.moves).toEqual([at('agile', 'intro')]);
  });

  it('ignores malformed messages and its own', () => {
    const moves: Position[] = [];
    const sync = new PresenterSync({ origin: 'me', follower: true, startedAt: 10, post: () => {}, onRemote: (p) => moves.push(p) });
    sync.show(at('roles', 'gap'));
    const good = { type: 'position', from: 'other', origin: 'other', slug: 'roles', section: 'sorter', rev: 3, startedAt: 5 };
    for (const bad of [
      null,
      'position',
      { ...good, type: 'hello' },
      { ...good, slug: '../etc' },
      { ...good, section: 'A'.repeat(2) },
      { ...good, rev: 1.5 },
      { ...good, rev: -2 },
      { ...good, startedAt: Number.NaN },
      { ...good, from: undefined },
      { ...good, from: 'me' },
    ]) {
      sync.receive(bad);
    }
    expect(moves).toEqual([]);
    expect(sync.startedAt).toBe(10);
    sync.receive(good);
    expect(moves).toEqual([at('roles', 'sorter')]);
    expect(sync.startedAt).toBe(5);
  });
});

describe('isNewer and parseSyncMessage', () => {
  it.each([
    { a: { rev: 2, origin: 'a' }, b: { rev: 1, origin: 'z' }, expected: true },
    { a: { rev: 1, origin: 'z' }, b: { rev: 1, origin: 'a' }, expected: true },
    { a: { rev: 1, origin: 'a' }, b: { rev: 1, origin: 'a' }, expected: false },
    { a: { rev: -1, origin: 'z' }, b: { rev: 0, origin: 'a' }, expected: false },
  ])('($a.rev, $a.origin) newer than ($b.rev, $b.origin) is $expected', ({ a, b, expected }) => expect(isNewer(a, b)).toBe(expected));

  it('keeps exactly the protocol fields of a well-formed message', () => {
    const parsed = parseSyncMessage({ type: 'position', from: 'n', origin: 'p', slug: 'roles', section: 'gap', rev: -1, startedAt: 0, extra: 'x' });
    expect(parsed).toEqual({ type: 'position', from: 'n', origin: 'p', slug: 'roles', section: 'gap', rev: -1, startedAt: 0 });
  });
});
