import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyApplication, MyContactView } from '@passerelle/contracts';

import { ApplicationsPage } from './applications.page';
import { jobMatch, myApplication } from './jobs.fixtures';
import { JobsStore } from './jobs.store';

describe('ApplicationsPage: where each application stands', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  const PHONE: MyContactView = {
    phone: '+33612345678',
    contactVia: 'phone',
    email: null,
    channels: ['phone', 'passerelle'],
    updatedAt: null,
  };

  async function render(applications: MyApplication[], contact = PHONE) {
    TestBed.configureTestingModule({
      imports: [ApplicationsPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), JobsStore],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ApplicationsPage);
    await fixture.whenStable();
    http.expectOne('/api/me/jobs').flush([jobMatch({ applicationId: 'a1' })]);
    http.expectOne('/api/me/applications').flush(applications);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    // Only an invitation waiting for an answer needs to say what would be shared.
    for (const request of http.match('/api/me/contact')) request.flush(contact);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
      element.querySelector<T>(`[data-testid="${testId}"]`);
    const click = async (testId: string) => {
      q(testId)?.click();
      await settle();
    };
    return { element, q, click, settle };
  }

  it('shows the stage in words and as steps', async () => {
    const { q } = await render([myApplication({ stage: 'shortlisted' })]);
    expect(q('application-stage')?.textContent).toContain('On the short list');
    expect(q('application-stage')?.textContent).toContain('(Step 2 of 6)');
    const steps = q('application-steps')?.querySelectorAll('li');
    expect(steps).toHaveLength(6);
    expect(steps?.[1].getAttribute('aria-current')).toBe('step');
    expect(steps?.[0].textContent?.replace(/\s+/g, ' ').trim()).toBe('Sent (done)');
    expect(steps?.[1].textContent?.replace(/\s+/g, ' ').trim()).toBe('On the short list (now)');
    expect(steps?.[2].textContent?.trim()).toBe('Invited to an interview');
    expect(q('application')?.textContent).toContain('Your message: I plan well.');
    expect(q('invitation')).toBeNull();
  });

  it('says which phone number accepting an interview shares, then says it is shared', async () => {
    const invited = myApplication({ stage: 'invited' });
    const { q, click, settle } = await render([invited]);
    const text = (id: string) =>
      q(id)
        ?.textContent?.replace(/[\u2066\u2069]/g, '')
        .trim();
    expect(text('invitation-offer')).toBe(
      'If you accept, Logistique Solidaire can see your phone number +33612345678 to plan the interview.',
    );
    expect(q('change-contact')?.getAttribute('href')).toBe('/profile/contact');
    await click('invitation-accept');
    const post = http.expectOne('/api/me/applications/a1/invitation');
    expect(post.request.body).toEqual({ accept: true });
    post.flush({
      ...invited,
      invitationResponse: 'accepted',
      sharedContact: { via: 'phone', phone: '+33612345678' },
    });
    await settle();
    expect(q('invitation')).toBeNull();
    expect(text('invitation-answer')).toBe(
      'You accepted. Logistique Solidaire can now see your phone number +33612345678.',
    );
  });

  it('says no email and no phone are shared through Passerelle', async () => {
    const invited = myApplication({ stage: 'invited' });
    const { q } = await render([invited], { ...PHONE, phone: null, contactVia: 'passerelle' });
    expect(q('invitation-offer')?.textContent).toContain(
      'Logistique Solidaire gets no email and no phone number.',
    );
  });

  it('asks before withdrawing, saying what it means, and can keep it', async () => {
    const { q, click, settle } = await render([myApplication()]);
    await click('withdraw');
    expect(q('withdraw-confirm')?.textContent).toContain(
      'Logistique Solidaire will no longer see it, or your message.',
    );
    await click('withdraw-no');
    expect(q('withdraw-confirm')).toBeNull();
    http.expectNone('/api/me/applications/a1/withdraw');

    await click('withdraw');
    await click('withdraw-yes');
    http
      .expectOne('/api/me/applications/a1/withdraw')
      .flush(myApplication({ withdrawnAt: '2026-11-21T10:00:00.000Z', message: null }));
    await settle();
    expect(q('application-stage')?.textContent).toContain('Withdrawn');
    expect(q('application-steps')).toBeNull();
    expect(q('withdraw')).toBeNull();
    expect(q('application')?.textContent).toContain('The employer no longer sees it.');
  });

  it('shows no steps and no withdrawal once the employer chose someone else', async () => {
    const { q } = await render([myApplication({ stage: 'rejected' })]);
    expect(q('application-stage')?.textContent).toContain('Not chosen');
    expect(q('application-steps')).toBeNull();
    expect(q('withdraw')).toBeNull();
  });

  it('sends to the jobs when there is no application yet', async () => {
    const { q } = await render([]);
    expect(q('applications-empty')?.textContent).toContain('You have not applied to a job yet.');
    expect(q('applications-empty')?.querySelector('a')?.getAttribute('href')).toBe('/jobs');
  });
});
