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
  TrophyOutlined,
  BarChartOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { InstallationRole } from '../../../shared/setup/installation';
import { HomePage } from '../features/home';

/**
 * Every area but 首页 is loaded on first visit: the first screen then parses its own code
 * alone, which is most of a cold start (docs/performance.md). The shell shows a skeleton
 * while an area loads (AppShell's Suspense).
 */
function lazyPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType): ComponentType {
  return lazy(async () => ({ default: pick(await load()) }));
}

const BranchPage = lazyPage(() => import('../features/branch/BranchPage'), (module) => module.BranchPage);
const loadBranchesPage = () => import('../features/branches/BranchesPage');
const BranchesPage = lazyPage(loadBranchesPage, (module) => module.BranchesPage);
const DuesPage = lazyPage(() => import('../features/dues/DuesPage'), (module) => module.DuesPage);
const MeetingsPage = lazyPage(() => import('../features/meetings/MeetingsPage'), (module) => module.MeetingsPage);
const MembersPage = lazyPage(() => import('../features/members/MembersPage'), (module) => module.MembersPage);
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), (module) => module.SettingsPage);
const SyncPage = lazyPage(() => import('../features/sync/SyncPage'), (module) => module.SyncPage);
const AssessmentPage = lazyPage(() => import('../features/assessment/AssessmentPage'), (module) => module.AssessmentPage);
const MonthlyReportPage = lazyPage(() => import('../features/monthly-report/MonthlyReportPage'), (module) => module.MonthlyReportPage);
const PlansPage = lazyPage(() => import('../features/plans/PlansPage'), (module) => module.PlansPage);
const StatisticsPage = lazyPage(() => import('../features/statistics/StatisticsPage'), (module) => module.StatisticsPage);
const DocumentsPage = lazyPage(() => import('../features/documents/DocumentsPage'), (module) => module.DocumentsPage);
const ActivitiesPage = lazyPage(() => import('../features/activities/ActivitiesPage'), (module) => module.ActivitiesPage);
const StudyPage = lazyPage(() => import('../features/study/StudyPage'), (module) => module.StudyPage);

export interface AppRoute {
  path: string;
  label: string;
  icon: ReactNode;
  /** Which kind of PC shows this area in its navigation. */
  roles: readonly InstallationRole[];
  render: () => ReactNode;
  /**
   * Loads the area's code ahead of its first visit, once the first screen is up and the page is
   * idle: for the area a PC opens first and most (the office's 各支部, whose code is the largest).
   */
  preload?: () => Promise<unknown>;
}

const BOTH: readonly InstallationRole[] = ['branch', 'central'];

export const ROUTES: readonly AppRoute[] = [
  { path: 'home', label: '首页', icon: <HomeOutlined aria-hidden />, roles: BOTH, render: () => <HomePage /> },
  {
    path: 'branch',
    label: '支部信息',
    icon: <ApartmentOutlined aria-hidden />,
    roles: ['branch'],
    render: () => <BranchPage />,
  },
  {
    path: 'members',
    label: '党员',
    icon: <TeamOutlined aria-hidden />,
    roles: ['branch'],
    render: () => <MembersPage />,
  },
  {
    path: 'meetings',
    label: '三会一课',
    icon: <CalendarOutlined aria-hidden />,
    roles: ['branch'],
    render: () => <MeetingsPage />,
  },
  {
    path: 'study',
    label: '学习',
    icon: <BookOutlined aria-hidden />,
    roles: ['branch'],
    render: () => <StudyPage />,
  },
  {
    path: 'dues',
    label: '党费',
    icon: <AccountBookOutlined aria-hidden />,
    roles: ['branch'],
    render: () => <DuesPage />,
  },
  {
    path: 'activities',
    label: '党建+业务',
    icon: <FlagOutlined aria-hidden />,
    roles: ['branch'],
    render: () => <ActivitiesPage />,
  },
  {
    path: 'branches',
    label: '各支部',
    icon: <ClusterOutlined aria-hidden />,
    roles: ['central'],
    render: () => <BranchesPage />,
    preload: loadBranchesPage,
  },
  {
    path: 'assessment',
    label: '考核',
    icon: <TrophyOutlined aria-hidden />,
    roles: BOTH,
    render: () => <AssessmentPage />,
  },
  {
    path: 'monthly-report',
    label: '组织生活月报',
    icon: <FileTextOutlined aria-hidden />,
    roles: BOTH,
    render: () => <MonthlyReportPage />,
  },
  {
    path: 'plans',
    label: '计划总结',
    icon: <ScheduleOutlined aria-hidden />,
    roles: BOTH,
    render: () => <PlansPage />,
  },
  {
    path: 'statistics',
    label: '统计报表',
    icon: <BarChartOutlined aria-hidden />,
    roles: BOTH,
    render: () => <StatisticsPage />,
  },
  {
    path: 'documents',
    label: '文件',
    icon: <FolderOpenOutlined aria-hidden />,
    roles: BOTH,
    render: () => <DocumentsPage />,
  },
  {
    path: 'sync',
    label: '数据交换',
    icon: <SwapOutlined aria-hidden />,
    roles: BOTH,
    render: () => <SyncPage />,
  },
  { path: 'settings', label: '设置', icon: <SettingOutlined aria-hidden />, roles: BOTH, render: () => <SettingsPage /> },
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
