import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type JobView, type PipelineEntry, ProblemType } from '@passerelle/contracts';

import { PipelinePage } from './pipeline.page';

const JOB = {
  id: 'j1',
  title: 'Junior web developer',
  status: 'open',
  organisation: { id: 'o1', name: 'Atelier' },
} as JobView;

function entry(id: string, name: string, changes: Partial<PipelineEntry> = {}): PipelineEntry {
  return {
    id,
    jobId: 'j1',
    learnerId: `l-${id}`,
    displayName: name,
    stage: 'shortlisted',
    source: 'employer',
    message: null,
    invitationResponse: null,
    contact: null,
    rejectionReason: null,
    events: [
      {
        from: null,
        to: 'shortlisted',
        by: { id: 'e1', displayName: 'Eva Employer' },
        reason: null,
        at: '2026-11-20T09:00:00Z',
      },
    ],
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    ...changes,
  };
}

const SAMIR = entry('a1', 'Samir Haddad');
const OLENA = entry('a2', 'Olena Kovalenko', {
  stage: 'invited',
  source: 'applied',
  message: 'I learn French every day.',
});

async function render(entries = [SAMIR, OLENA]) {
  TestBed.configureTestingModule({
    imports: [PipelinePage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PipelinePage);
  fixture.componentRef.setInput('organisationId', 'o1');
  fixture.componentRef.setInput('jobId', 'j1');
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  http.expectOne('/api/jobs/j1').flush(JOB);
  http.expectOne('/api/jobs/j1/pipeline').flush(entries);
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const column = (stage: string) =>
    element.querySelector(`[data-testid="stage-${stage}"]`) as HTMLElement;
  const card = (name: string) =>
    [...element.querySelectorAll<HTMLElement>('[data-testid="pipeline-card"]')].find((c) =>
      c.textContent?.includes(name),
    ) as HTMLElement;
  const find = (within: HTMLElement, testId: string) =>
    within.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement;
  return { http, element, column, card, find, settle };
}

describe('PipelinePage', () => {
  it('shows exactly the contact a candidate shares once they accepted', async () => {
    const accepted = { stage: 'invited', invitationResponse: 'accepted' } as const;
    const { card, find } = await render([
      entry('a1', 'Amina', { ...accepted, contact: { via: 'phone', phone: '+33612345678' } }),
      entry('a2', 'Yara', {
        ...accepted,
        contact: {
          via: 'passerelle',
          mentors: [{ id: 'm1', displayName: 'Claire Martin', email: 'claire@p.org' }],
        },
      }),
      entry('a3', 'Karim', { ...accepted, contact: { via: 'passerelle', mentors: [] } }),
      SAMIR,
    ]);
    const phone = find(card('Amina'), 'contact');
    expect(phone.textContent?.replace(/\s+/g, ' ').trim()).toBe('Phone: +33612345678');
    expect(phone.querySelector('a')?.getAttribute('href')).toBe('tel:+33612345678');
    const mentor = find(card('Yara'), 'contact');
    expect(mentor.textContent).toContain('no personal contact is shared');
    expect(mentor.querySelector('a')?.getAttribute('href')).toBe('mailto:claire@p.org');
    expect(find(card('Karim'), 'contact').textContent).toContain('has no mentor yet');
    expect(find(card('Samir'), 'contact')).toBeNull();
  });

  it('shows each candidate in their stage with the moves allowed, and moves them', async () => {
    const { http, column, card, find, settle } = await render();
    expect(column('shortlisted').querySelector('h2')?.textContent).toContain('1');
    expect(column('invited').textContent).toContain('Olena Kovalenko');
    expect(card('Olena').textContent).toContain('I learn French every day.');
    expect(card('Olena').textContent).toContain('Applied');

    // Invited without an answer yet: no interview button, a word on what it waits for.
    expect(find(card('Olena'), 'move-interviewed')).toBeNull();
    expect(find(card('Olena'), 'waiting').textContent).toContain('Waiting for their answer');
    expect(find(card('Olena'), 'reject')).not.toBeNull();

    const invite = find(card('Samir'), 'move-invited');
    expect(invite.textContent?.trim()).toBe('Invite to interview');
    expect(invite.getAttribute('aria-label')).toBe('Invite to interview: Samir Haddad');
    invite.click();
    const move = http.expectOne('/api/applications/a1/stage');
    expect(move.request.body).toEqual({ stage: 'invited' });
    move.flush({ ...SAMIR, stage: 'invited' });
    await settle();
    expect(column('shortlisted').textContent).not.toContain('Samir Haddad');
    expect(column('invited').textContent).toContain('Samir Haddad');
    expect(card('Samir').querySelector('details')?.textContent).toContain(
      'Shortlisted · Nov 20, 2026 · Eva Employer',
    );
  });

  it('asks for a reason before rejecting, and says why the API refused', async () => {
    const { http, card, find, settle } = await render();
    find(card('Olena'), 'reject').click();
    await settle();
    const form = find(card('Olena'), 'reject-form');
    expect(form).not.toBeNull();

    find(card('Olena'), 'confirm-reject').click();
    await settle();
    http.expectNone('/api/applications/a2/stage');
    expect(card('Olena').textContent).toContain('Please fill this in.');

    const reason = find(card('Olena'), 'reject-reason') as unknown as HTMLTextAreaElement;
    reason.value = 'Lives too far away';
    reason.dispatchEvent(new Event('input'));
    find(card('Olena'), 'confirm-reject').click();
    const move = http.expectOne('/api/applications/a2/stage');
    expect(move.request.body).toEqual({ stage: 'rejected', reason: 'Lives too far away' });
    move.flush(
      { type: ProblemType.Conflict, title: 'Conflict', status: 409 },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(find(card('Olena'), 'card-error').textContent).toContain(
      'Someone moved this candidate meanwhile. Reload the page.',
    );
  });
});
