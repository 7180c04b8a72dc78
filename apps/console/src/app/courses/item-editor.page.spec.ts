import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AuthoringItem } from '@passerelle/contracts';

import { courseAuthoring } from './authoring.fixtures';
import { ItemEditorPage } from './item-editor.page';

const QUIZ: AuthoringItem = {
  id: 'q1',
  kind: 'quiz',
  translations: { en: { title: 'Check' } },
  questions: [
    {
      kind: 'multiple',
      answer: [0, 2],
      translations: { en: { prompt: 'Which?', options: ['a', 'b', 'c'] } },
    },
  ],
  exercise: null,
  hasLearnerWork: false,
};

const COURSE = courseAuthoring({
  modules: [{ id: 'm1', translations: { en: { title: 'One' } }, items: [QUIZ] }],
});

async function render(itemId: string, kind?: string) {
  TestBed.configureTestingModule({
    imports: [ItemEditorPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ItemEditorPage);
  fixture.componentRef.setInput('courseId', 'c1');
  fixture.componentRef.setInput('moduleId', 'm1');
  fixture.componentRef.setInput('itemId', itemId);
  if (kind) fixture.componentRef.setInput('kind', kind);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  http.expectOne('/api/courses/c1/authoring').flush(COURSE);
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T;
  const type = (control: Element | null, value: string, event = 'input') => {
    if (
      !(
        control instanceof HTMLInputElement ||
        control instanceof HTMLSelectElement ||
        control instanceof HTMLTextAreaElement
      )
    ) {
      throw new Error('no such control');
    }
    control.value = value;
    control.dispatchEvent(new Event(event));
  };
  return { http, element, byTestId, type, settle, page: fixture.componentInstance };
}

describe('ItemEditorPage (course items)', () => {
  it('edits a quiz’s questions and sends them with the answer keys', async () => {
    const { http, element, byTestId, type, settle, page } = await render('q1');
    expect(byTestId<HTMLInputElement>('item-title').value).toBe('Check');
    expect(byTestId<HTMLInputElement>('prompt-0').value).toBe('Which?');
    expect(page.hasUnsavedChanges()).toBe(false);

    // Another kind resets the answer key to what it expects.
    type(element.querySelector('[data-testid="question-0"] select'), 'single', 'change');
    byTestId('add-question').click();
    await settle();
    type(byTestId('prompt-1'), 'Yes or no?');
    type(byTestId('option-1-0'), 'Yes');
    type(byTestId('option-1-1'), 'No');
    byTestId<HTMLInputElement>('right-1-1').click();
    await settle();
    expect(page.hasUnsavedChanges()).toBe(true);

    byTestId('save-item').click();
    await settle();
    const sent = http.expectOne('/api/courses/c1/modules/m1/items/q1');
    expect(sent.request.body).toEqual({
      translations: { en: { title: 'Check' } },
      questions: [
        {
          kind: 'single',
          answer: [0],
          translations: { en: { prompt: 'Which?', options: ['a', 'b', 'c'] } },
        },
        {
          kind: 'single',
          answer: [1],
          translations: { en: { prompt: 'Yes or no?', options: ['Yes', 'No'] } },
        },
      ],
    });
  }, 20_000);

  it('starts a new lesson, and previews its Markdown as it is typed', async () => {
    const { byTestId, type, settle, page } = await render('new', 'lesson');
    type(byTestId('item-title'), 'Safety');
    type(byTestId('lesson-body-input'), '# Stay safe');
    await settle();
    expect(byTestId('lesson-live-preview').innerHTML).toContain('<h1');
    expect(page.hasUnsavedChanges()).toBe(true);
  });
});
