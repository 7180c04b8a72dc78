import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ProblemType } from '@passerelle/contracts';
import { provideSession } from '@passerelle/web-auth';

import { ResetWithCodePage } from './reset-with-code.page';

describe('ResetWithCodePage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      imports: [ResetWithCodePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideSession({ storageKey: 'test.portal' }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ResetWithCodePage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const fill = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no field ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('[data-testid="save-password"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, element, fill, submit };
  }

  afterEach(() => http.verify());

  it('checks the fields before sending anything', async () => {
    const { element, fill, submit } = await render();
    fill('[formcontrolname="identifier"]', 'karim_92');
    fill('[data-testid="new-password"]', 'short');
    await submit();
    expect(element.textContent).toContain('Too short: at least 8 characters.');
    http.expectNone('/api/auth/password-reset/code');
  });

  it('sends the username, the code and the new password, and explains a wrong code', async () => {
    const { element, fill, submit, fixture } = await render();
    fill('[formcontrolname="identifier"]', 'karim_92');
    fill('[data-testid="code"]', '1234 5678');
    fill('[data-testid="new-password"]', 'a new password');
    await submit();
    const request = http.expectOne('/api/auth/password-reset/code');
    expect(request.request.body).toEqual({
      identifier: 'karim_92',
      code: '1234 5678',
      password: 'a new password',
    });
    request.flush(
      { type: ProblemType.ResetCodeInvalid, title: 'Reset code invalid', status: 400 },
      { status: 400, statusText: 'Bad Request' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="form-error"]')?.textContent).toContain(
      'The username or the code is wrong',
    );
  });
});
