import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { courseAuthoring } from './authoring.fixtures';
import { CourseDetailsComponent } from './course-details.component';

const COURSE = courseAuthoring({ levels: { coding: { entry: 2, target: 4 } } });

describe('CourseDetailsComponent', () => {
  it('edits the texts and the level ranges, whole, and sends them', async () => {
    TestBed.configureTestingModule({
      imports: [CourseDetailsComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CourseDetailsComponent);
    fixture.componentRef.setInput('course', COURSE);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const level = (area: string, end: 'Entry' | 'Target') =>
      element.querySelector(`select[aria-label="${area} — ${end}"]`) as HTMLSelectElement;
    const choose = (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    const title = element.querySelector('[data-testid="course-title"]') as HTMLInputElement;
    expect(title.value).toBe('Course');
    expect(level('Coding', 'Target').value).toBe('4');

    title.value = 'Writing a CV';
    title.dispatchEvent(new Event('input'));
    // One end chosen fills the other; one end cleared clears both.
    choose(level('Safety', 'Entry'), '3');
    choose(level('Coding', 'Entry'), '');
    await fixture.whenStable();
    expect(level('Safety', 'Target').value).toBe('3');
    expect(level('Coding', 'Target').value).toBe('');

    (element.querySelector('[data-testid="save-course"]') as HTMLButtonElement).click();
    const sent = http.expectOne('/api/courses/c1');
    expect(sent.request.body).toEqual({
      slug: 'course',
      defaultLanguage: 'en',
      translations: { en: { title: 'Writing a CV', summary: '' } },
      levels: { safety: { entry: 3, target: 3 } },
    });
  });
});
