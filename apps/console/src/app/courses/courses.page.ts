import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CourseSummary } from '@passerelle/contracts';
import type { MessageKey } from '@passerelle/i18n';
import { Session } from '@passerelle/web-auth';
import { I18n, IconComponent, loadLatest, MessagePipe, TranslatePipe } from '@passerelle/web-ui';

import { formatDate, languageName } from '../shared/format';
import { Saving } from '../shared/saving';
import { AuthoringApi } from './authoring.api';

type Scope = 'mine' | 'all';
type SortKey = 'title' | 'status' | 'items' | 'learners' | 'updated';

/** Every course a mentor may open: theirs first, with status and publication at hand. */
@Component({
  selector: 'pc-courses-page',
  imports: [RouterLink, IconComponent, TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './courses.page.html',
  styleUrls: ['../shared/tables.css', './courses.page.css'],
})
export class CoursesPage {
  private readonly api = inject(AuthoringApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);

  /** Every course, titles in the page's language (kept on screen while it changes). */
  protected readonly loading = loadLatest({
    params: () => this.i18n.language(),
    load: async (lang) => {
      const courses = await this.api.list(lang);
      // With nothing of their own yet, a mentor first sees every course, not an empty table.
      const me = this.session.account()?.id;
      if (this.courses() === null && !courses.some((c) => c.author?.id === me)) {
        this.scope.set('all');
      }
      return courses;
    },
    keep: true,
  });
  protected readonly courses = this.loading.value;
  protected readonly scope = signal<Scope>('mine');
  protected readonly search = signal('');
  protected readonly sort = signal<{ key: SortKey; descending: boolean }>({
    key: 'updated',
    descending: true,
  });
  protected readonly publishing = new Saving();
  protected readonly announcement = signal<string>('');

  protected readonly shown = computed(() => {
    const me = this.session.account()?.id;
    const words = this.search().trim().toLowerCase();
    const { key, descending } = this.sort();
    const list = (this.courses() ?? [])
      .filter((course) => this.scope() === 'all' || course.author?.id === me)
      .filter(
        (course) =>
          !words ||
          course.title.toLowerCase().includes(words) ||
          course.slug.includes(words) ||
          (course.author?.displayName.toLowerCase().includes(words) ?? false),
      );
    const value = (course: CourseSummary): string | number =>
      key === 'title'
        ? course.title.toLocaleLowerCase()
        : key === 'status'
          ? course.status
          : key === 'items'
            ? course.itemCount
            : key === 'learners'
              ? course.learnerCount
              : course.updatedAt;
    return [...list].sort((a, b) => {
      const order = value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0;
      return descending ? -order : order;
    });
  });

  protected setScope(scope: Scope): void {
    this.scope.set(scope);
  }

  protected sortBy(key: SortKey): void {
    this.sort.update((current) => ({
      key,
      descending: current.key === key ? !current.descending : key === 'updated',
    }));
  }

  protected ariaSort(key: SortKey): string | null {
    const { key: current, descending } = this.sort();
    return current === key ? (descending ? 'descending' : 'ascending') : null;
  }

  protected statusLabel(status: string): MessageKey {
    return `authoring.status.${status}` as MessageKey;
  }

  protected readonly languageName = languageName;

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }

  protected async togglePublished(course: CourseSummary): Promise<void> {
    const publish = course.status !== 'published';
    const done = await this.publishing.run(() => this.api.setPublished(course.id, publish));
    if (!done) return;
    this.announcement.set(
      this.i18n.t(publish ? 'authoring.published' : 'authoring.unpublished', {
        title: course.title,
      }),
    );
    await this.loading.reload();
  }
}
