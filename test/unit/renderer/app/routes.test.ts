import { describe, expect, it } from 'vitest';
import { currentRoutePath } from '../../../../renderer/src/core/navigation/hash-route';
import { resolveRoute, routesFor } from '../../../../renderer/src/app/routes';

describe('navigation by role', () => {
  it('shows a branch PC the branch areas', () => {
    expect(routesFor('branch').map((route) => route.label)).toEqual(['首页', '支部信息', '党员', '三会一课', '学习', '党费', '党建+业务', '考核', '组织生活月报', '计划总结', '统计报表', '文件', '数据交换', '设置']);
  });

  it('shows the central office its own areas', () => {
    expect(routesFor('central').map((route) => route.label)).toEqual(['首页', '各支部', '考核', '组织生活月报', '计划总结', '统计报表', '文件', '数据交换', '设置']);
  });

  it('falls back to 首页 for unknown paths and for areas of the other role', () => {
    expect(resolveRoute('no-such-page', 'branch').path).toBe('home');
    expect(resolveRoute('members', 'central').path).toBe('home');
    expect(resolveRoute('members', 'branch').path).toBe('members');
  });
});

describe('hash routes', () => {
  it('reads the area from the hash', () => {
    expect(currentRoutePath('#/members')).toBe('members');
    expect(currentRoutePath('#/members/123?tab=2')).toBe('members');
    expect(currentRoutePath('#members')).toBe('members');
    expect(currentRoutePath('')).toBe('');
  });
});
