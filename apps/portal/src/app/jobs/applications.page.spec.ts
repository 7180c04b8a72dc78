import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyApplication } from '@passerelle/contracts';

import { ApplicationsPage } from './applications.page';
import { jobMatch, myApplication } from './jobs.fixtures';
import { JobsStore } from './jobs.store';

describe('ApplicationsPage: where each application stands', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  async function render(applications: MyApplication[]) {
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

  it('says that accepting an interview shares the email, then sends the answer', async () => {
    const invited = myApplication({ stage: 'invited' });
    const { q, click, settle } = await render([invited]);
    expect(q('invitation')?.textContent).toContain(
      'If you accept, Logistique Solidaire gets your email to plan the interview.',
    );
    await click('invitation-accept');
    const post = http.expectOne('/api/me/applications/a1/invitation');
    expect(post.request.body).toEqual({ accept: true });
    post.flush({ ...invited, invitationResponse: 'accepted' });
    await settle();
    expect(q('invitation')).toBeNull();
    expect(q('invitation-answer')?.textContent).toContain(
      'You accepted. Logistique Solidaire has your email and will contact you.',
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
