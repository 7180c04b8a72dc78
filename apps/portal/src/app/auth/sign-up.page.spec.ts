import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ProblemType } from '@passerelle/contracts';
import { provideSession } from '@passerelle/web-auth';
import { I18n } from '@passerelle/web-ui';

import { SignUpPage } from './sign-up.page';

describe('SignUpPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [SignUpPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSession({ storageKey: 'test.portal' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SignUpPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const fill = (id: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`[formcontrolname="${id}"]`);
      if (!input) throw new Error(`no field ${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('[data-testid="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, element, fill, submit };
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('checks the fields before sending anything', async () => {
    const { element, fill, submit } = await render();
    fill('displayName', 'Amal');
    fill('email', 'not-an-email');
    fill('password', 'short');
    await submit();
    expect(element.textContent).toContain('Write an email like name@example.com.');
    expect(element.textContent).toContain('Too short: at least 8 characters.');
    http.expectNone('/api/auth/sign-up');
  });

  it('signs up with a username in the page language when there is no email', async () => {
    const { element, fill, submit, fixture } = await render();
    TestBed.inject(I18n).use('ar');
    element.querySelector<HTMLButtonElement>('[data-testid="toggle-email"]')?.click();
    await fixture.whenStable();
    fill('displayName', 'أمل');
    fill('username', 'amal');
    fill('password', 'long enough password');
    await submit();
    const request = http.expectOne('/api/auth/sign-up');
    expect(request.request.body).toEqual({
      displayName: 'أمل',
      username: 'amal',
      password: 'long enough password',
      preferredLanguage: 'ar',
    });
    request.flush(
      {
        type: ProblemType.Conflict,
        title: 'Conflict',
        status: 409,
        errors: [{ field: 'username', code: 'unique', message: 'username is already used' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="form-error"]')?.textContent).toContain(
      'هذا البريد الإلكتروني أو اسم المستخدم مستخدم بالفعل.',
    );
  });
});
