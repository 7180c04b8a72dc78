import { readLocalDraft, startingPoint, writeLocalDraft } from './draft';

const view = {
  starter: 'export function hello() {}',
  draft: null,
  lastSource: null,
  lastSubmittedAt: null,
};
const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('readLocalDraft', () => {
  it('reads the JSON form, with its time', () => {
    const raw = writeLocalDraft({ source: 'let a = 1;\n', savedAt: at(5) });
    expect(readLocalDraft(raw)).toEqual({ source: 'let a = 1;\n', savedAt: at(5) });
  });

  it('reads the bare source that earlier versions stored, with no time', () => {
    expect(readLocalDraft('let a = 1;')).toEqual({ source: 'let a = 1;', savedAt: null });
    // Code that happens to be JSON is still code.
    expect(readLocalDraft('42')).toEqual({ source: '42', savedAt: null });
    expect(readLocalDraft('{"source": 1}')).toEqual({ source: '{"source": 1}', savedAt: null });
    expect(readLocalDraft('')).toEqual({ source: '', savedAt: null });
  });

  it('reads nothing as nothing', () => {
    expect(readLocalDraft(null)).toBeNull();
  });
});

describe('startingPoint', () => {
  it('starts from the starter when there is nothing else', () => {
    expect(startingPoint(view, null)).toEqual({ source: view.starter, origin: 'starter' });
  });

  it('takes the newest of the device draft, the server draft and the last submission', () => {
    const all = {
      ...view,
      draft: { source: 'server', savedAt: at(10) },
      lastSource: 'submitted',
      lastSubmittedAt: at(20),
    };
    const local = { source: 'device', savedAt: at(30) };
    expect(startingPoint(all, local)).toEqual({ source: 'device', origin: 'device' });
    expect(startingPoint(all, { ...local, savedAt: at(15) })).toEqual({
      source: 'submitted',
      origin: 'submission',
    });
    expect(startingPoint({ ...all, lastSubmittedAt: at(5) }, { ...local, savedAt: at(1) })).toEqual(
      { source: 'server', origin: 'server' },
    );
  });

  it('continues on a new device from the draft saved on another one', () => {
    const fromComputer = {
      ...view,
      draft: { source: 'typed on the computer', savedAt: at(12) },
      lastSource: 'run earlier',
      lastSubmittedAt: at(11),
    };
    expect(startingPoint(fromComputer, null)).toEqual({
      source: 'typed on the computer',
      origin: 'server',
    });
  });

  it('prefers this device on a tie', () => {
    const same = { ...view, draft: { source: 'b', savedAt: at(1) } };
    expect(startingPoint(same, { source: 'a', savedAt: at(1) }).origin).toBe('device');
  });

  it('ranks an undated draft of an earlier version below a server draft, above a submission', () => {
    const old = { source: 'old device draft', savedAt: null };
    expect(
      startingPoint({ ...view, lastSource: 'submitted', lastSubmittedAt: at(1) }, old),
    ).toEqual({ source: 'old device draft', origin: 'device' });
    expect(startingPoint({ ...view, draft: { source: 'server', savedAt: at(1) } }, old)).toEqual({
      source: 'server',
      origin: 'server',
    });
  });

  it('ranks unreadable times last without failing', () => {
    expect(
      startingPoint(
        { ...view, lastSource: 'submitted', lastSubmittedAt: at(1) },
        { source: 'device', savedAt: 'yesterday-ish' },
      ),
    ).toEqual({ source: 'submitted', origin: 'submission' });
  });
});
