import { describe, expect, it } from 'vitest';
import { currentRoutePath, routeQuery } from '../../../../../renderer/src/core/navigation/hash-route';

describe('hash route', () => {
  it('reads the path and the query of a hash', () => {
    expect(currentRoutePath('#/members?tab=pipeline')).toBe('members');
    expect(routeQuery('tab', '#/members?tab=pipeline')).toBe('pipeline');
    expect(routeQuery('tab', '#/members')).toBeNull();
  });
});
