import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ProblemType } from '@passerelle/contracts';

import { type Latest, loadLatest } from './load-latest';

/** A request the test answers (or fails) when it wants to. */
interface Pending<T> {
  params: string;
  answer(value: T): Promise<void>;
  fail(error: unknown): Promise<void>;
}

function fakeServer<T>() {
  const requests: Pending<T>[] = [];
  const load = jest.fn(
    (params: string) =>
      new Promise<T>((resolve, reject) => {
        requests.push({
          params,
          answer: async (value) => {
            resolve(value);
            await settle();
          },
          fail: async (error) => {
            reject(error);
            await settle();
          },
        });
      }),
  );
  return { load, requests };
}

/** Lets awaited promises run on. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadLatest', () => {
  let injector: Injector;

  beforeEach(() => {
    injector = Injector.create({ providers: [], parent: TestBed.inject(Injector) });
  });

  function start<T, P = string>(options: Parameters<typeof loadLatest<P, T>>[0]): Latest<T> {
    const latest = runInInjectionContext(injector, () => loadLatest(options));
    TestBed.tick();
    return latest;
  }

  it('loads at once, and says it is busy until the answer comes', async () => {
    const server = fakeServer<string>();
    const data = start({ params: () => 'a', load: server.load });

    expect(server.load).toHaveBeenCalledWith('a');
    expect(data.busy()).toBe(true);
    expect(data.value()).toBeNull();

    await server.requests[0].answer('A');
    expect(data.value()).toBe('A');
    expect(data.busy()).toBe(false);
    expect(data.error()).toBeNull();
  });

  it('loads once without params, as it is created', async () => {
    const load = jest.fn(async () => 'only');
    const data = runInInjectionContext(injector, () => loadLatest({ load }));
    expect(load).toHaveBeenCalledTimes(1);
    expect(data.busy()).toBe(true);

    await settle();
    TestBed.tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(data.value()).toBe('only');
  });

  it('loads again when params change, clearing what belonged to the old ones', async () => {
    const server = fakeServer<string>();
    const id = signal('a');
    const data = start({ params: () => id(), load: server.load });
    await server.requests[0].answer('A');

    id.set('b');
    TestBed.tick();
    expect(server.load).toHaveBeenLastCalledWith('b');
    expect(data.value()).toBeNull();
    expect(data.busy()).toBe(true);

    await server.requests[1].answer('B');
    expect(data.value()).toBe('B');
  });

  it('keeps the last value while new params load, when asked to', async () => {
    const server = fakeServer<string>();
    const language = signal('en');
    const data = start({ params: () => language(), load: server.load, keep: true });
    await server.requests[0].answer('hello');

    language.set('fr');
    TestBed.tick();
    expect(data.value()).toBe('hello');
    expect(data.busy()).toBe(true);

    await server.requests[1].answer('bonjour');
    expect(data.value()).toBe('bonjour');
  });

  it('keeps the last value only for the params a function allows', async () => {
    const server = fakeServer<string>();
    const params = signal({ id: 'a', lang: 'en' });
    const data = start({
      params: () => params(),
      load: (p) => server.load(`${p.id}:${p.lang}`),
      keep: (previous, next) => previous.id === next.id,
    });
    await server.requests[0].answer('A in English');

    params.set({ id: 'a', lang: 'fr' });
    TestBed.tick();
    expect(data.value()).toBe('A in English');
    await server.requests[1].answer('A en français');

    params.set({ id: 'b', lang: 'fr' });
    TestBed.tick();
    expect(data.value()).toBeNull();
  });

  it('drops an answer that arrives after a newer request', async () => {
    const server = fakeServer<string>();
    const id = signal('a');
    const data = start({ params: () => id(), load: server.load });
    id.set('b');
    TestBed.tick();

    await server.requests[1].answer('B');
    await server.requests[0].answer('A, late');
    expect(data.value()).toBe('B');
    expect(data.busy()).toBe(false);

    await server.requests[0].fail(new Error('late failure'));
    expect(data.error()).toBeNull();
  });

  it('explains a failure from its problem details, and a retry clears it', async () => {
    const server = fakeServer<string>();
    const data = start({ params: () => 'a', load: server.load });

    await server.requests[0].fail(
      new HttpErrorResponse({
        status: 403,
        error: { type: ProblemType.Forbidden, title: 'Forbidden', status: 403 },
      }),
    );
    expect(data.value()).toBeNull();
    expect(data.busy()).toBe(false);
    expect(data.error()).toEqual({ key: 'errors.forbidden' });

    const retried = data.reload();
    expect(data.error()).toBeNull();
    expect(data.busy()).toBe(true);
    await server.requests[1].answer('A');
    await retried;
    expect(data.value()).toBe('A');
  });

  it('reloads with the same params, keeping what is shown meanwhile', async () => {
    const server = fakeServer<string>();
    const data = start({ params: () => 'a', load: server.load });
    await server.requests[0].answer('A1');

    void data.reload();
    expect(server.load).toHaveBeenLastCalledWith('a');
    expect(data.value()).toBe('A1');
    await server.requests[1].answer('A2');
    expect(data.value()).toBe('A2');
  });

  it('takes a value the page sets, dropping a request on its way', async () => {
    const server = fakeServer<string>();
    const data = start({ params: () => 'a', load: server.load });

    data.set('saved');
    expect(data.busy()).toBe(false);
    await server.requests[0].answer('loaded before the save');
    expect(data.value()).toBe('saved');

    data.update((value) => `${value}!`);
    expect(data.value()).toBe('saved!');
  });

  it('ignores answers after the component is gone', async () => {
    const server = fakeServer<string>();
    const data = start({ params: () => 'a', load: server.load });
    (injector as unknown as { destroy(): void }).destroy();

    await server.requests[0].answer('A');
    expect(data.value()).toBeNull();
  });
});
