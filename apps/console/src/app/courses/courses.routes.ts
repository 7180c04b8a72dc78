import type { Routes } from '@angular/router';

import { confirmUnsavedChanges } from '../shared/unsaved-changes.guard';

/** Course authoring, under the console's `courses` area (mentors and admins). */
export const COURSES_ROUTES: Routes = [
  {
    path: '',
    title: 'authoring.title',
    loadComponent: () => import('./courses.page').then((m) => m.CoursesPage),
  },
  {
    path: 'new',
    title: 'authoring.newCourse',
    loadComponent: () => import('./course-new.page').then((m) => m.CourseNewPage),
  },
  {
    path: ':courseId',
    title: 'authoring.editCourse',
    canDeactivate: [confirmUnsavedChanges],
    loadComponent: () => import('./course-editor.page').then((m) => m.CourseEditorPage),
  },
  {
    // `new` as the item id, with `?kind=lesson|quiz|exercise`, for an item not saved yet.
    path: ':courseId/modules/:moduleId/items/:itemId',
    title: 'authoring.editItem',
    canDeactivate: [confirmUnsavedChanges],
    loadComponent: () => import('./item-editor.page').then((m) => m.ItemEditorPage),
  },
];
