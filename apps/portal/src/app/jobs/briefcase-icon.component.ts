import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The jobs' icon, drawn like the shared icons (`pa-icon`): decorative, no font to download. */
@Component({
  selector: 'pl-briefcase-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'icon', 'aria-hidden': 'true' },
  template: `
    <svg viewBox="0 0 24 24" width="1.25em" height="1.25em" focusable="false">
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2M3 13h18" />
    </svg>
  `,
})
export class BriefcaseIconComponent {}
