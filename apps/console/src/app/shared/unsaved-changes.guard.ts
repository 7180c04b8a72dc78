import { inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { I18n } from '@passerelle/web-ui';

/** A page holding edits that are not saved yet. */
export interface HoldsDrafts {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved edits, so that a stray tap loses no work. */
export const confirmUnsavedChanges: CanDeactivateFn<HoldsDrafts> = (page) => {
  if (!page.hasUnsavedChanges()) return true;
  return window.confirm(inject(I18n).t('authoring.leaveUnsaved'));
};
