import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type IconName =
  | 'book'
  | 'compass'
  | 'copy'
  | 'globe'
  | 'person'
  | 'plus'
  | 'sign-in'
  | 'sign-out';

/** Icons that point somewhere mirror in right-to-left languages. */
const DIRECTIONAL: readonly IconName[] = ['sign-in', 'sign-out'];

/**
 * A small line icon drawn inline: no icon font or emoji font to download, and it renders the
 * same on every phone. Decorative: the text beside it carries the meaning.
 */
@Component({
  selector: 'pa-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'icon',
    '[class.icon--directional]': 'directional()',
    'aria-hidden': 'true',
  },
  template: `
    <svg viewBox="0 0 24 24" width="1.25em" height="1.25em" focusable="false">
      @switch (name()) {
        @case ('book') {
          <path d="M4 19.5V5a2 2 0 0 1 2-2h14v15H6a2 2 0 0 0-2 2zm0 0A2 2 0 0 0 6 21h14" />
        }
        @case ('compass') {
          <circle cx="12" cy="12" r="9" />
          <path d="m15.5 8.5-2 5-5 2 2-5z" />
        }
        @case ('copy') {
          <rect x="9" y="9" width="11" height="11" rx="2" />
          <path d="M5 15V5a2 2 0 0 1 2-2h8" />
        }
        @case ('globe') {
          <circle cx="12" cy="12" r="9" />
          <path
            d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z"
          />
        }
        @case ('person') {
          <circle cx="12" cy="8" r="4" />
          <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
        }
        @case ('plus') {
          <path d="M12 5v14M5 12h14" />
        }
        @case ('sign-in') {
          <path d="M9 4H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h3M14 17l5-5-5-5M19 12H9" />
        }
        @case ('sign-out') {
          <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l-5-5 5-5M5 12h10" />
        }
      }
    </svg>
  `,
})
export class IconComponent {
  readonly name = input.required<IconName>();
  protected readonly directional = () => DIRECTIONAL.includes(this.name());
}
