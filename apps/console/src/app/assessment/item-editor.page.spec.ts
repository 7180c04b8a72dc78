import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssessmentItemDetail } from '@passerelle/contracts';

import { AssessmentItemEditorPage } from './item-editor.page';

const ITEM: AssessmentItemDetail = {
  id: 'i1',
  key: 'safety-password-01',
  area: 'safety',
  competence: '4.2',
  kind: 'multiple',
  status: 'active',
  irt: { a: 1.2, b: -0.5, c: 0.1, provisional: false },
  exposureControl: 0.8,
  fallbackLanguage: 'en',
  languages: ['en'],
  prompt: 'Which passwords are strong?',
  stats: { shown: 0, exposure: 0, pValue: null, itemRest: null },
  updatedAt: '2026-03-01T00:00:00Z',
  image: null,
  code: null,
  answer: [0, 2],
  translations: {
    en: {
      prompt: 'Which passwords are strong?',
      options: ['Tr0ub4dor&3', '123456', 'correct horse battery'],
    },
  },
};

async function render(itemId: string) {
  TestBed.configureTestingModule({
    imports: [AssessmentItemEditorPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(AssessmentItemEditorPage);
  fixture.componentRef.setInput('itemId', itemId);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T;
  const type = (id: string, value: string, event = 'input') => {
    const control = byTestId<HTMLInputElement | HTMLSelectElement>(id);
    control.value = value;
    control.dispatchEvent(new Event(event));
  };
  const page = fixture.componentInstance;
  return { http, element, byTestId, type, settle, page };
}

describe('AssessmentItemEditorPage', () => {
  it('checks a new item with the API’s rules before sending it', async () => {
    const { http, byTestId, type, settle, page } = await render('new');
    expect(page.hasUnsavedChanges()).toBe(false);

    byTestId('save-item').click();
    await settle();
    http.expectNone('/api/assessment/items');
    expect(byTestId('save-error').textContent).toContain('Please check the fields marked below.');
    expect(byTestId('answer-error').textContent?.trim()).toBeTruthy();

    type('item-key', 'safety-new-01');
    type('item-area', 'safety', 'change');
    await settle();
    // The competence follows the area.
    expect(byTestId<HTMLSelectElement>('item-competence').value).toBe('4.1');
    type('item-prompt', 'Which is a strong password?');
    type('option-0', 'correct horse battery');
    type('option-1', '123456');
    byTestId<HTMLInputElement>('right-0').click();
    type('irt-b', '0.5');
    await settle();
    expect(page.hasUnsavedChanges()).toBe(true);

    byTestId('save-item').click();
    await settle();
    const sent = http.expectOne('/api/assessment/items');
    expect(sent.request.body).toEqual({
      key: 'safety-new-01',
      area: 'safety',
      competence: '4.1',
      kind: 'single',
      image: null,
      code: null,
      irt: { a: 1, b: 0.5, c: 0 },
      answer: [0],
      fallbackLanguage: 'en',
      translations: {
        en: { prompt: 'Which is a strong password?', options: ['correct horse battery', '123456'] },
      },
    });
  });

  it('resets the answer key for a new kind, and keeps an answered item’s area and kind', async () => {
    const { http, byTestId, type, settle, page } = await render('i1');
    http.expectOne('/api/assessment/items/i1').flush(ITEM);
    await settle();
    expect(byTestId<HTMLInputElement>('right-2').checked).toBe(true);
    expect(byTestId<HTMLSelectElement>('item-area').disabled).toBe(false);

    type('item-kind', 'single', 'change');
    await settle();
    expect(page['choices']()).toMatchObject({ kind: 'single', answer: [0] });
    expect(page.hasUnsavedChanges()).toBe(true);
    type('item-kind', 'multiple', 'change');
    await settle();
    byTestId<HTMLInputElement>('right-2').click();
    await settle();
    expect(page['choices']()).toMatchObject({ kind: 'multiple', answer: [0, 2] });
    // Back as it was saved: nothing to lose.
    expect(page.hasUnsavedChanges()).toBe(false);

    const answered = { ...ITEM, stats: { ...ITEM.stats, shown: 12 }, key: 'safety-password-02' };
    type('item-key', 'safety-password-02');
    await settle();
    byTestId('save-item').click();
    await settle();
    const patch = http.expectOne('/api/assessment/items/i1');
    expect(patch.request.body).toEqual({ key: 'safety-password-02' });
    patch.flush(answered);
    await settle();
    expect(page.hasUnsavedChanges()).toBe(false);
    expect(byTestId<HTMLSelectElement>('item-area').disabled).toBe(true);
    expect(byTestId<HTMLSelectElement>('item-kind').disabled).toBe(true);
    expect(byTestId('locked-hint')).not.toBeNull();
  });
});
