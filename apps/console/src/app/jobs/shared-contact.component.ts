import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { SharedContact } from '@passerelle/contracts';
import { TranslatePipe } from '@passerelle/web-ui';

/**
 * Exactly the contact a candidate shares once they accept an interview: their email, their
 * phone, or — through Passerelle — no personal contact, only their mentors to write to.
 */
@Component({
  selector: 'pc-shared-contact',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'contact', '[attr.data-via]': 'contact().via' },
  template: `
    @let c = contact();
    @switch (c.via) {
      @case ('email') {
        {{ 'contact.employer.email' | t }}:
        <a [href]="'mailto:' + c.email" dir="ltr">{{ c.email }}</a>
      }
      @case ('phone') {
        {{ 'contact.employer.phone' | t }}:
        <a [href]="'tel:' + c.phone" dir="ltr">{{ c.phone }}</a>
      }
      @case ('passerelle') {
        @if (c.mentors.length > 0) {
          <p>{{ 'contact.employer.mentor' | t }}</p>
          <ul>
            @for (mentor of c.mentors; track mentor.id) {
              <li>
                {{ mentor.displayName }}
                @if (mentor.email) {
                  — <a [href]="'mailto:' + mentor.email" dir="ltr">{{ mentor.email }}</a>
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'contact.employer.team' | t }}</p>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0.25rem 0;
      overflow-wrap: anywhere;
    }
    p,
    ul {
      margin: 0;
    }
    ul {
      padding-inline-start: 1.25rem;
    }
    a {
      display: inline-block;
      min-block-size: 1.5rem;
    }
  `,
})
export class SharedContactComponent {
  readonly contact = input.required<SharedContact>();
}
