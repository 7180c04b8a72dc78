import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { JobMatchView, MyApplication, MyContactView } from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { I18n } from '@passerelle/web-ui';

import { CoursesApi } from '../courses/courses.api';
import { ContactApi } from '../profile/contact.api';
import { JobsApi } from './jobs.api';
import { awaitsAnswer } from './work-text';

/**
 * The jobs and applications while the learner is on the jobs pages, so that moving between
 * the list, a job and the applications never waits twice. Provided by the jobs shell: fresh
 * on every visit, gone once the learner leaves.
 */
@Injectable()
export class JobsStore {
  private readonly api = inject(JobsApi);
  private readonly courses = inject(CoursesApi);
  private readonly contactApi = inject(ContactApi);
  private readonly i18n = inject(I18n);

  readonly jobs = signal<JobMatchView[] | null>(null);
  readonly applications = signal<MyApplication[] | null>(null);
  readonly loadError = signal<UiMessage | null>(null);
  /** How employers would reach the learner: said before they accept an invitation. */
  readonly contact = signal<MyContactView | null>(null);
  /** Course titles in the page's language, for the requirements that name a course. */
  readonly courseTitles = signal<ReadonlyMap<string, string> | null>(null);

  /** Interview invitations waiting for the learner's answer. */
  readonly openInvitations = computed(() => this.applications()?.filter(awaitsAnswer).length ?? 0);

  constructor() {
    void this.load();
    // Titles of the courses a job asks for, only once a job asks for one.
    effect(() => {
      const language = this.i18n.language();
      const asksForCourses = this.jobs()?.some((job) =>
        job.match.checks.some((check) => check.kind === 'course'),
      );
      if (!asksForCourses) return;
      // Not awaited: an effect cannot wait, and without the titles a requirement still shows.
      void untracked(() =>
        this.courses.catalogue(language).then(
          (list) => this.courseTitles.set(new Map(list.map((c) => [c.id, c.title]))),
          () => undefined,
        ),
      );
    });
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const [jobs, applications] = await Promise.all([this.api.matches(), this.api.applications()]);
      // Known before the invitation shows, so that it never says the wrong thing first.
      const contact = applications.some(awaitsAnswer)
        ? await this.contactApi.mine().catch(() => null)
        : null;
      this.jobs.set(jobs);
      this.applications.set(applications);
      this.contact.set(contact);
    } catch (error) {
      this.loadError.set(explainError(error).message);
    }
  }

  job(jobId: string): JobMatchView | null {
    return this.jobs()?.find((job) => job.jobId === jobId) ?? null;
  }

  /** The learner's application to a job, withdrawn or not. */
  applicationTo(jobId: string): MyApplication | null {
    return this.applications()?.find((a) => a.job.id === jobId) ?? null;
  }

  /** Sends the application; throws as the API answers (409: applied already). */
  async apply(jobId: string, message: string): Promise<MyApplication> {
    const application = await this.api.apply(jobId, message);
    this.received(application);
    return application;
  }

  async answerInvitation(id: string, accept: boolean): Promise<void> {
    this.received(await this.api.answerInvitation(id, accept));
  }

  async withdraw(id: string): Promise<void> {
    this.received(await this.api.withdraw(id));
  }

  private received(application: MyApplication): void {
    // In place, so that the card the learner just used does not jump away.
    this.applications.update((list) =>
      list?.some((a) => a.id === application.id)
        ? list.map((a) => (a.id === application.id ? application : a))
        : [application, ...(list ?? [])],
    );
    const applicationId = application.withdrawnAt ? null : application.id;
    this.jobs.update(
      (jobs) =>
        jobs?.map((job) => (job.jobId === application.job.id ? { ...job, applicationId } : job)) ??
        null,
    );
  }
}
