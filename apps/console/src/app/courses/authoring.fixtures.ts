import type { CourseAuthoring } from '@passerelle/contracts';

/** A draft course its author may edit, for the authoring specs: `change` replaces fields. */
export function courseAuthoring(change: Partial<CourseAuthoring> = {}): CourseAuthoring {
  return {
    id: 'c1',
    slug: 'course',
    status: 'draft',
    defaultLanguage: 'en',
    translations: { en: { title: 'Course', summary: '' } },
    levels: {},
    author: null,
    editable: true,
    learnerCount: 0,
    publishedAt: null,
    updatedAt: '2026-03-01T00:00:00Z',
    modules: [],
    ...change,
  };
}
