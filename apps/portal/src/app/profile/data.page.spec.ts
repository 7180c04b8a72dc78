import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { type DeletionReport, ProblemType } from '@passerelle/contracts';
import { provideSession, Session } from '@passerelle/web-auth';

import { reportFromState } from './account-deleted.page';
import { DataPage, EXPORT_FILE_NAME } from './data.page';

const report: DeletionReport = {
  removed: ['your name, email, username and password', 'your courses and progress'],
  kept: [{ what: 'the stages your job applications reached', why: 'to count placements' }],
};

describe('DataPage: download my data, delete my account', () => {
  let http: HttpTestingController;

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  async function render() {
    TestBed.configureTestingModule({
      imports: [DataPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSession({ storageKey: 'test.data' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DataPage);
    await fixture.whenStable();
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    const element = fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
      element.querySelector<T>(`[data-testid="${testId}"]`);
    const type = async (testId: string, value: string) => {
      const input = q<HTMLInputElement>(testId);
      if (!input) throw new Error(`no ${testId}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle();
    };
    return { element, q, type, settle };
  }

  it('saves the export as a JSON file', async () => {
    const { q, settle } = await render();
    // jsdom has no object URLs: the browser's are stood in for.
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    q('download-data')?.click();
    await settle();
    const get = http.expectOne('/api/me/export');
    expect(get.request.responseType).toBe('blob');
    const file = new Blob(['{"account":{}}'], { type: 'application/json' });
    get.flush(file);
    await settle();
    expect(URL.createObjectURL).toHaveBeenCalledWith(file);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe(EXPORT_FILE_NAME);
    expect(clicked[0].href).toBe('blob:export');
    expect(clicked[0].isConnected).toBe(false);
  });

  it('asks for the password, and says when it is not theirs', async () => {
    const { q, type, settle } = await render();
    q('delete-account')?.click();
    await settle();
    http.expectNone('/api/me/deletion');
    expect(q('delete-password')?.getAttribute('aria-invalid')).toBe('true');

    await type('delete-password', 'not mine');
    q('delete-account')?.click();
    await settle();
    const post = http.expectOne('/api/me/deletion');
    expect(post.request.body).toEqual({ password: 'not mine' });
    post.flush(
      {
        type: ProblemType.Validation,
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'password', code: 'wrongPassword', message: 'This is not your password.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const password = q('delete-password');
    expect(password?.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(
      password?.getAttribute('aria-describedby')?.split(' ').pop() ?? '',
    );
    expect(message?.textContent).toContain('This is not your password.');
    expect(q('delete-error')).toBeNull();
  });

  it('signs the learner out once deleted, and hands the report over', async () => {
    const { q, type, settle } = await render();
    const signOut = jest.spyOn(TestBed.inject(Session), 'signOut').mockResolvedValue();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await type('delete-password', 'a long password');
    q('delete-account')?.click();
    await settle();
    http.expectOne('/api/me/deletion').flush(report);
    await settle();
    expect(signOut).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith('/account-deleted', { state: { report } });
    expect(reportFromState({ report, navigationId: 3 })).toEqual(report);
    expect(reportFromState({ navigationId: 1 })).toBeNull();
    expect(reportFromState(null)).toBeNull();
  });
});
