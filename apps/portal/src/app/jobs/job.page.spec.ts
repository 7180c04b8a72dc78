import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type JobMatchView, type MyApplication, ProblemType } from '@passerelle/contracts';

import { profileView } from '../profile/profile.fixtures';
import { JobPage } from './job.page';
import { jobMatch, myApplication } from './jobs.fixtures';
import { JobsStore } from './jobs.store';

describe('JobPage: one job, and applying to it', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  async function render(
    jobs: JobMatchView[],
    applications: MyApplication[] = [],
    consent = { openToWork: false, sections: [] as string[] },
  ) {
    TestBed.configureTestingModule({
      imports: [JobPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), JobsStore],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(JobPage);
    fixture.componentRef.setInput('jobId', 'j1');
    await fixture.whenStable();
    http.expectOne('/api/me/jobs').flush(jobs);
    http.expectOne('/api/me/applications').flush(applications);
    http
      .expectOne((r) => r.url === '/api/me/profile')
      .flush(profileView({ consent: consent as never }));
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
      element.querySelector<T>(`[data-testid="${testId}"]`);
    return { element, q, settle };
  }

  it('explains the match and says what the employer will see', async () => {
    const { q, element } = await render([jobMatch()]);
    expect(q('job-title')?.textContent).toContain('Delivery planning assistant');
    expect(element.textContent).toContain('Fixed term');
    expect(element.textContent).toContain('Starts on February 1, 2027');
    expect(q('job-score')?.textContent).toContain('Matches 50 %');
    const checks = Array.from(element.querySelectorAll('[data-testid="job-check"]')).map((li) =>
      li.textContent?.trim(),
    );
    expect(checks).toEqual([
      'Information and data: you have level 4, the job asks for level 3 — met',
      'French: you speak it a little, the job asks to talk with people — partly',
    ]);
    const sees = q('employer-sees')?.textContent;
    expect(sees).toContain('Logistique Solidaire will see your name and your message.');
    expect(sees).toContain('Private: employers cannot see your profile.');
    expect(q('change-sharing')?.getAttribute('href')).toBe('/profile');
  });

  it('counts the parts shared of an open profile', async () => {
    const { q } = await render([jobMatch()], [], {
      openToWork: true,
      sections: ['assessment', 'languages'],
    });
    expect(q('employer-sees')?.textContent).toContain('Open to work: you share 2 of 9 parts.');
  });

  it('sends the message, trimmed, and says it is sent', async () => {
    const { q, settle } = await render([jobMatch()]);
    const message = q<HTMLTextAreaElement>('apply-message');
    if (!message) throw new Error('no message field');
    message.value = '  I plan well.  ';
    message.dispatchEvent(new Event('input'));
    q('apply-send')?.click();
    await settle();
    const post = http.expectOne('/api/jobs/j1/applications');
    expect(post.request.body).toEqual({ message: 'I plan well.' });
    post.flush(myApplication());
    await settle();
    expect(q('apply-notice')?.textContent).toContain(
      'Sent! Logistique Solidaire can now see your application.',
    );
    expect(q('apply-message')).toBeNull();
    expect(q('see-applications')?.getAttribute('href')).toBe('/jobs/applications');
  });

  it('says so when the learner applied already, in another tab', async () => {
    const { q, settle } = await render([jobMatch()]);
    q('apply-send')?.click();
    await settle();
    http
      .expectOne('/api/jobs/j1/applications')
      .flush(
        { type: ProblemType.Conflict, title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    http.expectOne('/api/me/jobs').flush([jobMatch({ applicationId: 'a1' })]);
    http.expectOne('/api/me/applications').flush([myApplication()]);
    await settle();
    expect(q('apply-already')?.textContent).toContain('You already applied to this job.');
    expect(q('apply-send')).toBeNull();
  });

  it('says the learner withdrew, and lets them apply again', async () => {
    const { q } = await render(
      [jobMatch()],
      [myApplication({ withdrawnAt: '2026-11-21T10:00:00.000Z', message: null })],
    );
    expect(q('apply-withdrawn')?.textContent).toContain('You withdrew your application');
    expect(q('apply-send')).not.toBeNull();
  });

  it('says when the job is not open any more', async () => {
    const { q } = await render([]);
    expect(q('job-gone')?.textContent).toContain('This job is not open any more.');
  });
});
