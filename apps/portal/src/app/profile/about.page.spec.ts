import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type MyProfileView, ProblemType, type ProfileRequest } from '@passerelle/contracts';

import { AboutPage } from './about.page';
import { profileView } from './profile.fixtures';
import { ProfileStore } from './profile.store';

describe('AboutPage: what the learner writes', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  async function render(view: MyProfileView) {
    TestBed.configureTestingModule({
      imports: [AboutPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ProfileStore],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AboutPage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/me/profile').flush(view);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const all = <T extends HTMLElement = HTMLInputElement>(testId: string) =>
      Array.from(element.querySelectorAll<T>(`[data-testid="${testId}"]`));
    const q = <T extends HTMLElement = HTMLInputElement>(testId: string, n = 0) => {
      const found = all<T>(testId)[n];
      if (!found) throw new Error(`no ${testId} #${n}`);
      return found;
    };
    const type = async (testId: string, value: string, n = 0) => {
      const input = q(testId, n);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle();
    };
    const click = async (testId: string, n = 0) => {
      q<HTMLElement>(testId, n).click();
      await settle();
    };
    return { element, q, all, type, click, settle };
  }

  it('sends what the learner typed, trimmed, with empty answers as null', async () => {
    const { q, type, click, element, settle } = await render(profileView());
    expect(element.textContent).toContain('No job added yet.');
    await type('headline', '  Cook who is learning web design ');
    await click('job-add');
    expect(document.activeElement).toBe(q('job-title'));
    await type('job-title', 'Cook');
    await type('job-organisation', 'Restaurant Al Sham');
    await type('job-from', '2016-04');
    await type('job-to', '2021-12');
    await type('hours', '٢٠');
    await type('places', 'Lyon، Villeurbanne');
    await click('remote-ok');
    await click('right-to-work-yes');
    await click('save-about');

    const put = http.expectOne('/api/me/profile?lang=en');
    expect(put.request.method).toBe('PUT');
    const body = put.request.body as ProfileRequest;
    expect(body).toEqual({
      headline: 'Cook who is learning web design',
      bio: '',
      experience: [
        {
          title: 'Cook',
          organisation: 'Restaurant Al Sham',
          from: '2016-04',
          to: '2021-12',
          description: '',
        },
      ],
      availableFrom: null,
      hoursPerWeek: 20,
      preferredLocations: ['Lyon', 'Villeurbanne'],
      remoteOk: true,
      rightToWork: 'yes',
    });
    put.flush(profileView({ profile: body }));
    await settle();
    expect(q<HTMLElement>('about-saved').textContent).toContain('Saved.');
    expect(q('headline').value).toBe('Cook who is learning web design');
    expect(q('hours').value).toBe('20');
  });

  it('checks a job in the browser first, next to its fields', async () => {
    const { q, all, type, click } = await render(profileView());
    await click('job-add');
    await type('job-organisation', 'Bakery');
    await click('save-about');
    http.expectNone('/api/me/profile?lang=en');
    expect(q<HTMLElement>('about-error').textContent).toContain('Please check the fields');
    const title = q('job-title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(title.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('Please fill this in.');

    // A job left empty is no trouble: removed, the form is fine again.
    await click('job-remove');
    expect(all('job')).toHaveLength(0);
    expect(document.activeElement).toBe(q('job-add'));
  });

  it('shows the API’s field errors on the job they are about', async () => {
    const { q, type, click, settle } = await render(
      profileView({
        profile: {
          experience: [
            { title: 'Driver', organisation: '', from: '2019-01', to: null, description: '' },
          ],
        },
      }),
    );
    await click('job-add');
    await type('job-title', 'Cook', 1);
    await type('job-from', '2020-02', 1);
    await click('save-about');
    http.expectOne('/api/me/profile?lang=en').flush(
      {
        type: ProblemType.Validation,
        title: 'Invalid request',
        status: 400,
        errors: [{ field: 'experience.1.from', code: 'matches', message: 'use a year and month' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(q('job-from', 0).getAttribute('aria-invalid')).toBeNull();
    expect(q('job-from', 1).getAttribute('aria-invalid')).toBe('true');
    expect(q('job-from', 1).closest('pa-field')?.textContent).toContain('This value is not valid.');
    expect(q<HTMLElement>('about-unsaved')).toBeTruthy();
  });
});
