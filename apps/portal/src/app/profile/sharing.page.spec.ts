import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ConsentRequest, MyProfileView } from '@passerelle/contracts';

import { profileView } from './profile.fixtures';
import { ProfileStore } from './profile.store';
import { SharingPage } from './sharing.page';

describe('SharingPage: what employers can see', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  async function render(view: MyProfileView) {
    TestBed.configureTestingModule({
      imports: [SharingPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ProfileStore],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SharingPage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/me/profile' && r.params.get('lang') === 'en').flush(view);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
      element.querySelector<T>(`[data-testid="${testId}"]`);
    const toggle = async (testId: string) => {
      q<HTMLInputElement>(testId)?.click();
      await settle();
    };
    /** Saves, answering as the server would: the consent it was sent. */
    const save = async (testId = 'save-sharing') => {
      q(testId)?.click();
      await settle();
      const put = http.expectOne('/api/me/profile/consent?lang=en');
      const body = put.request.body as ConsentRequest;
      put.flush({ ...view, consent: { ...body, updatedAt: '2026-03-01T10:00:00.000Z' } });
      await settle();
      return body;
    };
    return { element, q, toggle, save, settle };
  }

  it('is private by default, with one switch per part once opened', async () => {
    const { q, toggle } = await render(profileView());
    const open = q<HTMLInputElement>('open-to-work');
    expect(open?.getAttribute('role')).toBe('switch');
    expect(open?.checked).toBe(false);
    expect(q('sections')).toBeNull();

    await toggle('open-to-work');
    expect(q('sections')?.querySelectorAll('[role="switch"]')).toHaveLength(9);
    expect(q('sharing-unsaved')).not.toBeNull();
    // Nothing written yet: sharing "About you" would show nothing.
    expect(q('share-about')?.closest('.section')?.textContent).toContain('Nothing here yet.');
  });

  it('warns before a sensitive fact is shared', async () => {
    const { q, toggle } = await render(profileView({}, {}));
    await toggle('open-to-work');
    const sensitive = q<HTMLInputElement>('share-sensitive');
    expect(sensitive?.getAttribute('aria-describedby')).toContain('sensitive-warning');
    expect(q('sensitive-warning')?.textContent).toContain('private information about your papers');
  });

  it('asks for at least one part, then opens the profile with the parts chosen', async () => {
    const { q, toggle, save, settle } = await render(profileView());
    await toggle('open-to-work');
    q('save-sharing')?.click();
    await settle();
    expect(q('sharing-error')?.textContent).toContain('Switch on at least one part');
    http.expectNone('/api/me/profile/consent?lang=en');

    await toggle('share-about');
    await toggle('share-assessment');
    expect(await save()).toEqual({ openToWork: true, sections: ['assessment', 'about'] });
    expect(q('sharing-saved')?.textContent).toContain('Employers can now see the parts you chose.');
    expect(q('sharing-unsaved')).toBeNull();
  });

  it('withdraws a part, or everything at once, and says it applies at once', async () => {
    const { q, toggle, save } = await render(
      profileView({ consent: { openToWork: true, sections: ['assessment', 'about'] } }),
    );
    expect(q<HTMLInputElement>('share-about')?.checked).toBe(true);

    await toggle('share-assessment');
    expect(await save()).toEqual({ openToWork: true, sections: ['about'] });
    expect(q('sharing-saved')?.textContent).toContain(
      'From now on, employers cannot see the parts you switched off.',
    );

    expect(await save('make-private')).toEqual({ openToWork: false, sections: [] });
    expect(q('sharing-saved')?.textContent).toContain('From now on, no employer can see it.');
    expect(q<HTMLInputElement>('open-to-work')?.checked).toBe(false);
    expect(q('make-private')).toBeNull();
  });
});
