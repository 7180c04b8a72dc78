import { DestroyRef, effect, inject, type Signal, signal, untracked } from '@angular/core';
import type { UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';

export interface LoadLatestOptions<P, T, E = UiMessage> {
  /**
   * What the data depends on (route inputs, filters, the page's language), read as signals:
   * whenever it changes, the data loads again. Without it, the data loads once, at once.
   */
  params?: () => P;
  /** Fetches the data for `params`. */
  load: (params: P) => Promise<T>;
  /**
   * Keep showing the last data while data for new params loads: always (true), or when a
   * function of the previous and the new params says so (the same record in another language).
   * By default the page is cleared first, so that data of another record or filter never
   * shows under the new one.
   */
  keep?: boolean | ((previous: P, next: P) => boolean);
  /** Words a failure; by default from its problem details (`explainError`). */
  explain?: (error: unknown) => E;
}

/** Data a page loads, as signals a template reads. */
export interface Latest<T, E = UiMessage> {
  /** The answer to the newest request; null while it is on its way or when it failed. */
  readonly value: Signal<T | null>;
  /** Whether a request is on its way. */
  readonly busy: Signal<boolean>;
  /** What went wrong with the newest request, in words (problem+json details included). */
  readonly error: Signal<E | null>;
  /**
   * Loads again with the same params (a retry button, or after a change made on the page),
   * keeping what is shown until the answer comes. Resolves when it has arrived or failed.
   */
  reload(): Promise<void>;
  /** Replaces the data shown (with a save's answer); a request still on its way is dropped. */
  set(value: T | null): void;
  /** Changes the data shown, when there is some. */
  update(change: (value: T) => T): void;
}

/**
 * "Load when the inputs change, keep only the newest answer": the data of a page as signals,
 * loaded again whenever `params` changes. An answer that arrives after a newer request was
 * made is dropped, so a slow answer for the previous record never replaces the current one;
 * so is any answer after the component is destroyed. Call it in an injection context (a
 * component's field initialisers).
 *
 * Angular's own `resource()` does the same, but is still experimental in Angular 21.
 */
export function loadLatest<P, T, E = UiMessage>(options: LoadLatestOptions<P, T, E>): Latest<T, E> {
  const value = signal<T | null>(null);
  const busy = signal(false);
  const error = signal<E | null>(null);
  const params = options.params ?? (() => undefined as P);
  const explain = options.explain ?? ((failure: unknown) => explainError(failure).message as E);
  const keep = options.keep ?? false;
  let latest = 0;
  let destroyed = false;
  let requested: { params: P } | null = null;
  inject(DestroyRef).onDestroy(() => (destroyed = true));

  async function run(forParams: P, clear: boolean): Promise<void> {
    const request = ++latest;
    requested = { params: forParams };
    const current = () => request === latest && !destroyed;
    if (clear) value.set(null);
    error.set(null);
    busy.set(true);
    try {
      const answer = await options.load(forParams);
      if (current()) value.set(answer);
    } catch (failure) {
      if (current()) error.set(explain(failure));
    } finally {
      if (current()) busy.set(false);
    }
  }

  if (options.params) {
    effect(() => {
      const next = params();
      const previous = requested;
      const kept =
        typeof keep === 'function' ? previous !== null && keep(previous.params, next) : keep;
      untracked(() => void run(next, !kept));
    });
  } else {
    // Nothing to wait for: the request leaves at once, as the component is created.
    untracked(() => void run(undefined as P, false));
  }

  return {
    value: value.asReadonly(),
    busy: busy.asReadonly(),
    error: error.asReadonly(),
    reload: () => run(untracked(params), false),
    set(next: T | null) {
      latest++;
      value.set(next);
      error.set(null);
      busy.set(false);
    },
    update(change: (value: T) => T) {
      const shown = untracked(value);
      if (shown !== null) value.set(change(shown));
    },
  };
}
