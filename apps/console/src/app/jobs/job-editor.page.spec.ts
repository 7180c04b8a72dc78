import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  type CourseView,
  type JobView,
  type OrganisationDetail,
  ProblemType,
} from '@passerelle/contracts';

import { JobEditorPage } from './job-editor.page';

const COURSE = '0b5c2a57-4c1e-4f57-9d8a-2a4c8e3f1b11';

const ORGANISATION: OrganisationDetail = {
  id: 'o1',
  name: 'Atelier Numérique Lyon',
  description: '',
  memberCount: 1,
  createdAt: '2026-02-01T10:00:00Z',
  members: [],
  canInvite: true,
};

const COURSES = [
  { id: COURSE, status: 'published', title: 'JavaScript foundations' },
  { id: 'draft-course', status: 'draft', title: 'Not ready' },
] as CourseView[];

async function render(jobId: string) {
  TestBed.configureTestingModule({
    imports: [JobEditorPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(JobEditorPage);
  fixture.componentRef.setInput('organisationId', 'o1');
  fixture.componentRef.setInput('jobId', jobId);
  /** Lets answered requests reach the page, then renders it. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  http.expectOne('/api/courses?lang=en').flush(COURSES);
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T;
  const type = (id: string, value: string, event = 'input') => {
    const control = byTestId<HTMLInputElement | HTMLSelectElement>(id);
    control.value = value;
    control.dispatchEvent(new Event(event));
  };
  return { http, element, byTestId, type, settle };
}

describe('JobEditorPage', () => {
  it('checks requirements before sending, then shows the API’s words next to the field', async () => {
    const { http, element, byTestId, type, settle } = await render('new');
    http.expectOne('/api/organisations/o1').flush(ORGANISATION);
    await settle();

    // Only published courses are offered.
    byTestId('add-course').click();
    await settle();
    const options = [...byTestId<HTMLSelectElement>('job-course-0').options].map((o) => o.text);
    expect(options.map((o) => o.trim())).toEqual(['Choose a course', 'JavaScript foundations']);

    // Nothing typed: the browser says what is missing, and sends nothing.
    byTestId('save-job').click();
    await settle();
    http.expectNone('/api/organisations/o1/jobs');
    expect(byTestId('save-error').textContent).toContain('Please check the fields marked below.');
    expect(byTestId('job-course-row-0').textContent).toContain('Choose a course.');

    type('job-title', 'Web developer');
    type('job-location', 'Lyon');
    type('job-course-0', COURSE, 'change');
    type('job-level-coding', '3', 'change');
    await settle();
    byTestId('save-job').click();
    await settle();
    const sent = http.expectOne('/api/organisations/o1/jobs');
    expect(sent.request.body).toEqual({
      title: 'Web developer',
      description: '',
      location: 'Lyon',
      remote: 'on-site',
      contractType: 'permanent',
      hoursPerWeek: 35,
      startDate: null,
      requirements: {
        levels: { coding: 3 },
        languages: [],
        courses: [{ courseId: COURSE, required: true }],
      },
    });
    // The course was unpublished meanwhile.
    sent.flush(
      {
        type: ProblemType.Validation,
        title: 'Bad request',
        status: 400,
        errors: [{ field: 'requirements.courses.0.courseId', code: 'unknownCourse', message: 'x' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(byTestId('job-course-row-0').textContent).toContain(
      'This course is not published. Choose another one.',
    );
    expect(byTestId('job-course-0').getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('[data-testid="job-status"]')).toBeNull();
  });

  it('offers the status moves of a saved job', async () => {
    const { http, byTestId, settle } = await render('j1');
    const job: JobView = {
      id: 'j1',
      organisation: { id: 'o1', name: 'Atelier Numérique Lyon' },
      status: 'closed',
      title: 'Web developer',
      description: '',
      location: 'Lyon',
      remote: 'remote',
      contractType: 'freelance',
      hoursPerWeek: 20,
      startDate: null,
      requirements: { levels: {}, languages: [], courses: [] },
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-01T10:00:00Z',
      openedAt: '2026-11-02T10:00:00Z',
    };
    http.expectOne('/api/jobs/j1').flush(job);
    await settle();
    expect(byTestId('job-status').textContent?.trim()).toBe('Closed');
    expect(byTestId('job-status-open').textContent?.trim()).toBe('Reopen job');
    byTestId('job-status-open').click();
    const request = http.expectOne('/api/jobs/j1/status');
    expect(request.request.body).toEqual({ status: 'open' });
    request.flush({ ...job, status: 'open' });
    await settle();
    expect(byTestId('job-status').textContent?.trim()).toBe('Open');
    expect(byTestId('job-status-closed').textContent?.trim()).toBe('Close job');
  });
});
