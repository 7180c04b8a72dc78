import { Forbidden } from '../problem/app-error';
import { assertOwnerOrRole } from './ownership';

describe('ownership', () => {
  const learner = { id: 'a', role: 'learner' as const };
  const admin = { id: 'b', role: 'admin' as const };

  it('lets the owner through', () => {
    expect(() => assertOwnerOrRole(learner, 'a')).not.toThrow();
  });

  it('refuses another account', () => {
    expect(() => assertOwnerOrRole(learner, 'c')).toThrow(Forbidden);
    expect(() => assertOwnerOrRole(learner, 'c', ['admin'])).toThrow(Forbidden);
  });

  it('lets an override role through', () => {
    expect(() => assertOwnerOrRole(admin, 'c', ['admin'])).not.toThrow();
    expect(() => assertOwnerOrRole(admin, 'c')).toThrow(Forbidden);
  });
});
