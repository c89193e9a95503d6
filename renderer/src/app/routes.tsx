import {
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  HomeOutlined,
  SettingOutlined,
  SwapOutlined,
  AccountBookOutlined,
  TeamOutlined,
  ApartmentOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { InstallationRole } from '../../../shared/setup/installation';
import { BranchPage } from '../features/branch/BranchPage';
import { BranchesPage } from '../features/branches/BranchesPage';
import { DuesPage } from '../features/dues/DuesPage';
import { HomePage } from '../features/home/HomePage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { MembersPage } from '../features/members/MembersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { StudyPage } from '../features/study/StudyPage';

export interface AppRoute {
  path: string;
  label: string;
  icon: ReactNode;
  /** Which kind of PC shows this area in its navigation. */
  roles: readonly InstallationRole[];
  render: () => ReactNode;
}

const BOTH: readonly InstallationRole[] = ['branch', 'central'];

export const ROUTES: readonly AppRoute[] = [
  { path: 'home', label: '首页', icon: <HomeOutlined />, roles: BOTH, render: () => <HomePage /> },
  {
    path: 'branch',
    label: '支部信息',
    icon: <ApartmentOutlined />,
    roles: ['branch'],
    render: () => <BranchPage />,
  },
  {
    path: 'members',
    label: '党员',
    icon: <TeamOutlined />,
    roles: ['branch'],
    render: () => <MembersPage />,
  },
  {
    path: 'meetings',
    label: '三会一课',
    icon: <CalendarOutlined />,
    roles: ['branch'],
    render: () => <MeetingsPage />,
  },
  {
    path: 'study',
    label: '学习',
    icon: <BookOutlined />,
    roles: ['branch'],
    render: () => <StudyPage />,
  },
  {
    path: 'dues',
    label: '党费',
    icon: <AccountBookOutlined />,
    roles: ['branch'],
    render: () => <DuesPage />,
  },
  {
    path: 'branches',
    label: '各支部',
    icon: <ClusterOutlined />,
    roles: ['central'],
    render: () => <BranchesPage />,
  },
  {
    path: 'sync',
    label: '数据交换',
    icon: <SwapOutlined />,
    roles: BOTH,
    render: () => <SyncPage />,
  },
  { path: 'settings', label: '设置', icon: <SettingOutlined />, roles: BOTH, render: () => <SettingsPage /> },
];

export const HOME_PATH = 'home';

export function routesFor(role: InstallationRole): AppRoute[] {
  return ROUTES.filter((route) => route.roles.includes(role));
}

/** The route for a path, falling back to 首页 for unknown paths or areas of the other role. */
export function resolveRoute(path: string, role: InstallationRole): AppRoute {
  const visible = routesFor(role);
  return visible.find((route) => route.path === path) ?? visible.find((route) => route.path === HOME_PATH)!;
}
