import { HttpErrorResponse } from '@angular/common/http';
import { type PipelineEntry, ProblemType } from '@passerelle/contracts';
import { FALLBACK_CATALOG as en, translate } from '@passerelle/i18n';

import {
  cardActions,
  eventText,
  hiringError,
  pipelineColumns,
  pipelineCsv,
  replaceEntry,
  searchEntries,
  shortlistError,
} from './pipeline';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(en, key, params);
const date = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

function entry(id: string, changes: Partial<PipelineEntry> = {}): PipelineEntry {
  return {
    id,
    jobId: 'j1',
    learnerId: `l-${id}`,
    displayName: id,
    stage: 'shortlisted',
    source: 'employer',
    message: null,
    invitationResponse: null,
    contact: null,
    rejectionReason: null,
    events: [],
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    ...changes,
  };
}

function problem(status: number, type: string): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { type, title: 'x', status } });
}

describe('the pipeline board', () => {
  it('has one column per stage in order, empty ones too', () => {
    const columns = pipelineColumns([
      entry('Samir', { stage: 'invited' }),
      entry('Olena'),
      entry('Amina', { stage: 'shortlisted' }),
    ]);
    expect(columns.map((c) => c.stage)).toEqual([
      'suggested',
      'shortlisted',
      'invited',
      'interviewed',
      'offered',
      'hired',
      'rejected',
    ]);
    expect(columns[1].entries.map((e) => e.id)).toEqual(['Olena', 'Amina']);
    expect(columns[2].entries.map((e) => e.id)).toEqual(['Samir']);
    expect(columns[0].entries).toEqual([]);
  });

  it('offers the next stage and rejecting, as the contracts allow', () => {
    expect(cardActions({ stage: 'suggested', invitationResponse: null })).toEqual({
      forward: { to: 'shortlisted', label: 'hiring.move.shortlisted' },
      waiting: null,
      reject: true,
    });
    expect(cardActions({ stage: 'shortlisted', invitationResponse: null }).forward).toEqual({
      to: 'invited',
      label: 'hiring.move.invited',
    });
    expect(cardActions({ stage: 'interviewed', invitationResponse: 'accepted' }).forward?.to).toBe(
      'offered',
    );
    expect(cardActions({ stage: 'offered', invitationResponse: 'accepted' }).forward?.to).toBe(
      'hired',
    );
  });

  it('waits for the candidate’s yes before an interview, and says so', () => {
    expect(cardActions({ stage: 'invited', invitationResponse: null })).toEqual({
      forward: null,
      waiting: 'hiring.waiting',
      reject: true,
    });
    expect(cardActions({ stage: 'invited', invitationResponse: 'declined' })).toEqual({
      forward: null,
      waiting: 'hiring.invitation.declined',
      reject: true,
    });
    expect(cardActions({ stage: 'invited', invitationResponse: 'accepted' }).forward?.to).toBe(
      'interviewed',
    );
  });

  it('offers nothing once hired or rejected', () => {
    for (const stage of ['hired', 'rejected'] as const) {
      expect(cardActions({ stage, invitationResponse: 'accepted' })).toEqual({
        forward: null,
        waiting: null,
        reject: false,
      });
    }
  });

  it('tells each move with who and when, and the reason of a rejection', () => {
    const by = { id: 'e1', displayName: 'Eva Employer' };
    expect(
      eventText(
        { from: null, to: 'shortlisted', by, reason: null, at: '2026-11-20T09:00:00Z' },
        t,
        date,
      ),
    ).toBe('Shortlisted · 20 Nov 2026 · Eva Employer');
    expect(
      eventText(
        { from: 'invited', to: 'rejected', by: null, reason: 'No car', at: '2026-11-21T09:00:00Z' },
        t,
        date,
      ),
    ).toBe('Rejected · 21 Nov 2026 · — — No car');
  });

  it('puts a moved card in its new state, in place', () => {
    const all = [entry('a'), entry('b')];
    const moved = entry('a', { stage: 'invited' });
    expect(replaceEntry(all, moved)).toEqual([moved, all[1]]);
    expect(replaceEntry([all[1]], moved)).toEqual([all[1], moved]);
  });

  it('finds candidates by name, whatever the case and accents', () => {
    const all = [entry('Olena Kovalenko'), entry('Amélie Durand')];
    expect(searchEntries(all, 'amelie').map((e) => e.id)).toEqual(['Amélie Durand']);
    expect(searchEntries(all, '  ')).toHaveLength(2);
  });

  it('words the API’s refusals for the action', () => {
    expect(hiringError(problem(409, ProblemType.Conflict), 'hiring.errors.openFirst')).toEqual({
      key: 'hiring.errors.openFirst',
    });
    expect(hiringError(problem(404, ProblemType.NotFound), 'hiring.errors.moved')).toEqual({
      key: 'hiring.errors.gone',
    });
    expect(hiringError(problem(400, ProblemType.Validation), 'hiring.errors.moved')).toEqual({
      key: 'errors.checkFields',
    });
    expect(hiringError(new HttpErrorResponse({ status: 0 }), 'hiring.errors.moved')).toEqual({
      key: 'errors.network',
    });
  });

  it('says to open the job first when shortlisting for a job that is not open', () => {
    const conflict = problem(409, ProblemType.Conflict);
    expect(shortlistError(conflict, 'draft')).toEqual({ key: 'hiring.errors.openFirst' });
    expect(shortlistError(conflict, 'closed')).toEqual({ key: 'hiring.errors.openFirst' });
    expect(shortlistError(conflict, 'open')).toEqual({ key: 'hiring.errors.inPipeline' });
    expect(shortlistError(problem(404, ProblemType.NotFound), 'open')).toEqual({
      key: 'hiring.errors.gone',
    });
  });

  it('exports the board in stage order, with contacts once shared', () => {
    const csv = pipelineCsv(
      [
        entry('Samir', {
          stage: 'interviewed',
          invitationResponse: 'accepted',
          contact: { via: 'email', email: 'samir@example.org' },
        }),
        entry('Olena', { stage: 'suggested', source: 'applied' }),
        entry('Amina', {
          stage: 'invited',
          invitationResponse: 'accepted',
          contact: { via: 'phone', phone: '+33612345678' },
        }),
        entry('Yara', {
          stage: 'invited',
          invitationResponse: 'accepted',
          contact: {
            via: 'passerelle',
            mentors: [{ id: 'm1', displayName: 'Claire', email: 'claire@passerelle.local' }],
          },
        }),
        entry('Karim', { stage: 'rejected', rejectionReason: 'Too far' }),
      ],
      {
        name: 'Name',
        stage: 'Stage',
        source: 'Source',
        invitation: 'Answer',
        contact: 'Contact',
        since: 'Since',
        reason: 'Reason',
      },
      (key) => t(key),
    );
    expect(csv.header).toEqual(['Name', 'Stage', 'Source', 'Answer', 'Contact', 'Since', 'Reason']);
    expect(csv.rows).toEqual([
      ['Olena', 'New', 'Applied', null, null, '2026-11-20', null],
      ['Amina', 'Invited', 'Added', 'Accepted the interview', '+33612345678', '2026-11-20', null],
      [
        'Yara',
        'Invited',
        'Added',
        'Accepted the interview',
        'Through Passerelle, Claire <claire@passerelle.local>',
        '2026-11-20',
        null,
      ],
      [
        'Samir',
        'Interviewed',
        'Added',
        'Accepted the interview',
        'samir@example.org',
        '2026-11-20',
        null,
      ],
      ['Karim', 'Rejected', 'Added', null, null, '2026-11-20', 'Too far'],
    ]);
  });
});
