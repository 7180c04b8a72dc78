import { TestBed } from '@angular/core/testing';
import type { ServedItem } from '@passerelle/contracts';

import {
  assessmentImageUrl,
  type AssessmentItemAnswer,
  AssessmentItemComponent,
} from './assessment-item.component';
import { I18n } from './i18n.service';

const single: ServedItem = {
  position: 3,
  itemId: 'item-1',
  kind: 'single',
  area: 'safety',
  language: 'en',
  prompt: 'Which password is the strongest?',
  options: [
    { id: 'a', text: 'password' },
    { id: 'b', text: 'correct horse battery staple' },
    { id: 'c', text: '123456' },
  ],
  image: null,
  alt: null,
  code: null,
};

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('not rendered');
  return value;
}

describe('AssessmentItemComponent', () => {
  async function render(item: ServedItem, inputs: { disabled?: boolean; imageBase?: string } = {}) {
    localStorage.clear();
    const fixture = TestBed.createComponent(AssessmentItemComponent);
    fixture.componentRef.setInput('item', item);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    const answers: AssessmentItemAnswer[] = [];
    fixture.componentInstance.answer.subscribe((a) => answers.push(a));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const confirm = () =>
      must(element.querySelector<HTMLButtonElement>('[data-testid="item-confirm"]'));
    const inputsOf = () => Array.from(element.querySelectorAll<HTMLInputElement>('input'));
    const click = async (el: HTMLElement) => {
      el.click();
      await fixture.whenStable();
    };
    const setItem = async (next: ServedItem) => {
      fixture.componentRef.setInput('item', next);
      await fixture.whenStable();
    };
    const orderShown = () =>
      Array.from(element.querySelectorAll('[data-testid="item-order"] .ai__text')).map((li) =>
        li.textContent?.trim(),
      );
    return { fixture, element, answers, confirm, inputsOf, click, setItem, orderShown };
  }

  it('shows one answer to choose as radios in a fieldset named by the prompt', async () => {
    const { element, inputsOf } = await render(single);
    const fieldset = must(element.querySelector('fieldset'));
    expect(fieldset.querySelector('legend')?.textContent).toContain(single.prompt);
    expect(fieldset.getAttribute('lang')).toBe('en');
    expect(fieldset.getAttribute('dir')).toBe('ltr');
    expect(inputsOf().map((i) => i.type)).toEqual(['radio', 'radio', 'radio']);
    expect(new Set(inputsOf().map((i) => i.name)).size).toBe(1);
    expect(element.textContent).toContain('Choose one answer.');
  });

  it('lets the learner confirm only once a choice is made, then sends it', async () => {
    const { inputsOf, confirm, click, answers } = await render(single);
    expect(confirm().disabled).toBe(true);
    await click(inputsOf()[0]);
    await click(inputsOf()[1]);
    expect(confirm().disabled).toBe(false);
    await click(confirm());
    expect(answers).toEqual([{ choiceIds: ['b'] }]);
  });

  it('sends "I don\'t know" without a choice', async () => {
    const { element, click, answers } = await render(single);
    const dontKnow = must(
      element.querySelector<HTMLButtonElement>('[data-testid="item-dont-know"]'),
    );
    expect(dontKnow.textContent).toContain('I don’t know');
    await click(dontKnow);
    expect(answers).toEqual([{ dontKnow: true }]);
  });

  it('shows several answers to choose as checkboxes', async () => {
    const { inputsOf, confirm, click, answers, element } = await render({
      ...single,
      kind: 'multiple',
    });
    expect(inputsOf().map((i) => i.type)).toEqual(['checkbox', 'checkbox', 'checkbox']);
    expect(element.textContent).toContain('There can be more than one.');
    await click(inputsOf()[2]);
    await click(inputsOf()[0]);
    await click(inputsOf()[2]);
    await click(inputsOf()[1]);
    await click(confirm());
    expect(answers).toEqual([{ choiceIds: ['a', 'b'] }]);
  });

  it('orders options with named up and down buttons, and sends every option in order', async () => {
    const { element, click, confirm, answers, orderShown } = await render({
      ...single,
      kind: 'ordering',
    });
    expect(element.querySelector('ol')).not.toBeNull();
    expect(element.querySelectorAll('input')).toHaveLength(0);
    const button = (name: string) =>
      must(element.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`));
    expect(button('Move up: password').disabled).toBe(true);
    expect(button('Move down: 123456').disabled).toBe(true);
    expect(confirm().disabled).toBe(false);

    await click(button('Move up: 123456'));
    expect(orderShown()).toEqual(['password', '123456', 'correct horse battery staple']);
    expect(element.querySelector('[aria-live]')?.textContent).toContain(
      '123456 is now number 2 of 3.',
    );
    await click(button('Move down: password'));
    expect(orderShown()).toEqual(['123456', 'password', 'correct horse battery staple']);
    await click(confirm());
    expect(answers).toEqual([{ choiceIds: ['c', 'a', 'b'] }]);
  });

  it('keeps the choice when the same item comes in another language, not for a new item', async () => {
    const { inputsOf, click, confirm, setItem, element } = await render(single);
    await click(inputsOf()[1]);
    await setItem({
      ...single,
      language: 'ar',
      prompt: 'ما هي أقوى كلمة مرور؟',
      options: single.options.map((o) => ({ ...o, text: `${o.text} (ar)` })),
    });
    expect(element.querySelector('fieldset')?.getAttribute('dir')).toBe('rtl');
    expect(element.querySelector('fieldset')?.getAttribute('lang')).toBe('ar');
    expect(inputsOf()[1].checked).toBe(true);
    expect(confirm().disabled).toBe(false);

    await setItem({ ...single, position: 4, itemId: 'item-2' });
    expect(inputsOf().some((i) => i.checked)).toBe(false);
    expect(confirm().disabled).toBe(true);
  });

  it('keeps the instructions in the language of the page', async () => {
    const { element, fixture } = await render({ ...single, language: 'ar' });
    await TestBed.inject(I18n).use('fr');
    await fixture.whenStable();
    const hint = must(element.querySelector('.ai__hint'));
    expect(hint.getAttribute('lang')).toBe('fr');
    expect(hint.textContent).toContain('Choisissez une réponse.');
  });

  it('shows a picture with its description, and code left to right', async () => {
    const { element } = await render(
      {
        ...single,
        kind: 'picture',
        language: 'ar',
        image: '/assessment/safety-scam-sms-01.svg',
        alt: 'رسالة تطلب رمزاً',
        code: 'if (x > 2) {\n  print(x)\n}',
      },
      { imageBase: '/' },
    );
    const img = must(element.querySelector('img'));
    expect(img.getAttribute('src')).toBe('/assessment/safety-scam-sms-01.svg');
    expect(img.getAttribute('alt')).toBe('رسالة تطلب رمزاً');
    expect(element.querySelector('pre')?.getAttribute('dir')).toBe('ltr');
    expect(element.textContent).toContain('Look at the picture.');
  });

  it('can be disabled while an answer is on its way', async () => {
    const { element, click, answers } = await render(single, { disabled: true });
    expect(element.querySelector('fieldset')?.disabled).toBe(true);
    const buttons = Array.from(element.querySelectorAll<HTMLButtonElement>('.ai__actions button'));
    expect(buttons.every((b) => b.disabled)).toBe(true);
    await click(buttons[1]);
    expect(answers).toEqual([]);
  });

  it('moves focus to the prompt on request', async () => {
    const { fixture, element } = await render(single);
    fixture.componentInstance.focus();
    expect(document.activeElement).toBe(element.querySelector('[data-testid="item-prompt"]'));
  });
});

describe('assessmentImageUrl', () => {
  it('joins the base and the path without doubling slashes', () => {
    expect(assessmentImageUrl('', '/assessment/a.svg')).toBe('/assessment/a.svg');
    expect(assessmentImageUrl('/', '/assessment/a.svg')).toBe('/assessment/a.svg');
    expect(assessmentImageUrl('https://x.test/', 'assessment/a.svg')).toBe(
      'https://x.test/assessment/a.svg',
    );
    expect(assessmentImageUrl('', 'a.svg')).toBe('/assessment/a.svg');
  });
});
