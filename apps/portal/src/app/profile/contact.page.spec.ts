import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MyContactView } from '@passerelle/contracts';

import { ContactPage, contactProblem } from './contact.page';

const NO_EMAIL: MyContactView = {
  phone: null,
  contactVia: 'passerelle',
  email: null,
  channels: ['passerelle'],
  updatedAt: null,
};

describe('ContactPage: how employers can reach the learner', () => {
  let http: HttpTestingController;

  afterEach(() => http?.verify());

  async function render(view: MyContactView) {
    TestBed.configureTestingModule({
      imports: [ContactPage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ContactPage);
    http.expectOne('/api/me/contact').flush(view);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const q = <T extends HTMLElement = HTMLElement>(id: string) =>
      element.querySelector<T>(`[data-testid="${id}"]`);
    const type = async (value: string) => {
      const input = q<HTMLInputElement>('contact-phone') as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle();
    };
    return { element, q, type, settle };
  }

  it('checks the number with the API’s rule', () => {
    expect(contactProblem({ phone: '', contactVia: 'passerelle' })).toBeNull();
    expect(contactProblem({ phone: '+33 6 12 34 56 78', contactVia: 'phone' })).toBeNull();
    expect(contactProblem({ phone: '06 12 34 56 78', contactVia: 'phone' })?.message.key).toBe(
      'contact.phoneInvalid',
    );
    expect(contactProblem({ phone: ' ', contactVia: 'phone' })?.message.key).toBe(
      'contact.via.phoneMissing',
    );
  });

  it('offers no email without one, and phone once a number is written', async () => {
    const { element, q, type, settle } = await render(NO_EMAIL);
    expect(q('contact-via-email')).toBeNull();
    expect(q('contact-via-phone')).toBeNull();
    expect(q('contact-no-email')?.textContent).toContain('Your account has no email');
    expect(q<HTMLInputElement>('contact-via-passerelle')?.checked).toBe(true);

    await type('06 12');
    q('contact-via-phone')?.click();
    q('contact-save')?.click();
    await settle();
    expect(element.querySelector('.field__error')?.textContent).toContain(
      'Write the number with + and the country code',
    );
    http.expectNone('/api/me/contact');

    await type('+33 6 12 34 56 78');
    q('contact-save')?.click();
    const put = http.expectOne('/api/me/contact');
    expect(put.request.body).toEqual({ phone: '+33612345678', contactVia: 'phone' });
    put.flush({ ...NO_EMAIL, phone: '+33612345678', contactVia: 'phone' });
    await settle();
    expect(q('contact-saved')?.textContent).toContain('Saved.');
  });

  it('falls back from phone when the number is removed', async () => {
    const { q, type } = await render({
      ...NO_EMAIL,
      email: 'a@b.org',
      phone: '+33612345678',
      contactVia: 'phone',
      channels: ['email', 'phone', 'passerelle'],
    });
    expect(q<HTMLInputElement>('contact-via-phone')?.checked).toBe(true);
    await type('');
    expect(q('contact-via-phone')).toBeNull();
    expect(q<HTMLInputElement>('contact-via-email')?.checked).toBe(true);
  });
});
