import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable, type OnDestroy, signal } from '@angular/core';
import type { ExerciseView } from '@passerelle/contracts';
import { Session } from '@passerelle/web-auth';

import { CoursesApi } from './courses.api';
import { type LocalDraft, readLocalDraft, startingPoint, writeLocalDraft } from './draft';

/** How long after the last keystroke a draft goes to the server. */
export const SERVER_SAVE_DELAY_MS = 2_000;
/** When the server did not answer although the browser believes it is online. */
const RETRY_DELAY_MS = 15_000;

/**
 * `saving`: on this device, on its way to the server; `saved`: on the server too; `offline`: on
 * this device, sent when the connection is back; `device`: on this device only, the server
 * refused it.
 */
export type DraftStatus = 'saving' | 'saved' | 'offline' | 'device';

interface PendingDraft {
  courseId: string;
  itemId: string;
  source: string;
}

/**
 * Keeps one exercise's draft: on the device at every change, on the server about two seconds
 * after the last one (or as soon as the connection is back), so the learner can continue on
 * another device. Provided per exercise component.
 */
@Injectable()
export class DraftSync implements OnDestroy {
  private readonly api = inject(CoursesApi);
  private readonly session = inject(Session);
  private readonly document = inject(DOCUMENT);
  private readonly window = this.document.defaultView;

  private readonly state = signal<DraftStatus | null>(null);
  readonly status = this.state.asReadonly();

  private pending: PendingDraft | null = null;
  private sending = false;
  private destroyed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly onOnline = () => void this.flush();
  private readonly onHidden = () => {
    if (this.document.visibilityState === 'hidden') void this.flush();
  };

  constructor() {
    this.window?.addEventListener('online', this.onOnline);
    this.document.addEventListener('visibilitychange', this.onHidden);
  }

  /**
   * The code to show when an exercise opens: the newest of this device's draft, the server's
   * and the last submission. A device draft newer than the server's is sent on.
   */
  open(courseId: string, itemId: string, view: ExerciseView): string {
    void this.flush();
    const local = this.readLocal(itemId);
    const start = startingPoint(view, local);
    this.state.set(null);
    if (start.origin === 'device' && start.source !== view.draft?.source) {
      this.pending = { courseId, itemId, source: start.source };
      this.schedule(0);
    }
    return start.source;
  }

  /** The learner changed the code: kept on the device now, sent to the server soon. */
  changed(courseId: string, itemId: string, source: string): void {
    this.writeLocal(itemId, { source, savedAt: new Date().toISOString() });
    this.pending = { courseId, itemId, source };
    this.schedule(SERVER_SAVE_DELAY_MS);
  }

  /**
   * Keeps, on this device only, the code the learner replaced by starting again, so that
   * "Undo" brings it back even after the page closed.
   */
  keepForUndo(itemId: string, source: string): void {
    try {
      localStorage.setItem(this.undoKey(itemId), source);
    } catch {
      // No storage: the page still holds it for Undo.
    }
  }

  /** The code kept by the last "start again", if any. */
  undoCopy(itemId: string): string | null {
    try {
      return localStorage.getItem(this.undoKey(itemId));
    } catch {
      return null;
    }
  }

  dropUndo(itemId: string): void {
    try {
      localStorage.removeItem(this.undoKey(itemId));
    } catch {
      // Nothing kept.
    }
  }

  /** Sends the waiting draft now, if the browser is online. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const draft = this.pending;
    // A save under way sends any newer draft when it ends.
    if (!draft || this.sending) return;
    if (!this.online()) {
      this.state.set('offline');
      return;
    }
    this.sending = true;
    let retryIn: number | null = null;
    try {
      const { savedAt } = await this.api.saveDraft(draft.courseId, draft.itemId, draft.source);
      if (this.pending === draft) {
        this.pending = null;
        this.state.set('saved');
      }
      // The server's time from now on, so that this copy compares fairly with other devices'.
      if (this.readLocal(draft.itemId)?.source === draft.source) {
        this.writeLocal(draft.itemId, { source: draft.source, savedAt });
      }
    } catch (error) {
      retryIn = this.retryDelay(error);
      if (retryIn === null && this.pending === draft) {
        this.pending = null;
        this.state.set('device');
      }
    } finally {
      this.sending = false;
    }
    if (this.pending === null || this.timer !== undefined) return;
    if (this.pending !== draft) this.schedule(0);
    else if (retryIn !== null) this.schedule(retryIn, retryIn > 1_000 ? 'offline' : 'saving');
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.window?.removeEventListener('online', this.onOnline);
    this.document.removeEventListener('visibilitychange', this.onHidden);
    void this.flush();
  }

  private schedule(delay: number, status: DraftStatus = 'saving'): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // After the exercise closes, one last try (from ngOnDestroy); the device keeps the rest.
    if (this.destroyed) return;
    if (!this.online()) {
      // The `online` event sends it.
      this.state.set('offline');
      return;
    }
    this.state.set(status);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** When to try again after a failed save; null when trying again cannot help. */
  private retryDelay(error: unknown): number | null {
    if (!(error instanceof HttpErrorResponse)) return RETRY_DELAY_MS;
    if (error.status === 429) {
      const seconds = Number(error.headers.get('Retry-After'));
      return Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : 1_000;
    }
    if (error.status === 0 || error.status >= 500) return RETRY_DELAY_MS;
    return null;
  }

  private online(): boolean {
    return this.window?.navigator.onLine !== false;
  }

  /** Drafts are kept per account: a shared computer must not show one learner another's code. */
  private key(itemId: string): string {
    return `passerelle.draft.${this.session.account()?.id ?? 'signed-out'}.${itemId}`;
  }

  private undoKey(itemId: string): string {
    return `passerelle.undo.${this.session.account()?.id ?? 'signed-out'}.${itemId}`;
  }

  /** Where earlier versions kept the bare source, for anyone signed in on the device. */
  private legacyKey(itemId: string): string {
    return `passerelle.draft.${itemId}`;
  }

  private readLocal(itemId: string): LocalDraft | null {
    try {
      return readLocalDraft(
        localStorage.getItem(this.key(itemId)) ?? localStorage.getItem(this.legacyKey(itemId)),
      );
    } catch {
      return null;
    }
  }

  private writeLocal(itemId: string, draft: LocalDraft): void {
    try {
      localStorage.setItem(this.key(itemId), writeLocalDraft(draft));
      localStorage.removeItem(this.legacyKey(itemId));
    } catch {
      // No storage: the draft lives in the page, and goes to the server.
    }
  }
}
