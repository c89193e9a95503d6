import { Layout, Menu, Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../../shared/setup/installation';
import { navigate, useRoutePath } from '../core/navigation/hash-route';
import { HOME_PATH, resolveRoute, routesFor } from './routes';
import { useInstallation } from '../core/installation/use-installation';
import { ErrorBoundary } from '../shell/ErrorBoundary';

/**
 * Today's automatic backup and the storage check: started once the first screen is up, their
 * code loaded apart from it, from the area's hooks entry (the backup screens stay unloaded).
 */
const StartupTasks = lazy(() => import('../features/backup/hooks').then((module) => ({ default: module.StartupTasks })));

/** True once the browser is idle after the first screen: work that screen does not show waits until then. */
function useAfterFirstScreen(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}

/** Left navigation (areas depend on the PC's role), a header, and the current area. */
export function AppShell() {
  const installation = useInstallation();
  const afterFirstScreen = useAfterFirstScreen();
  const route = resolveRoute(useRoutePath(), installation.role);
  const items = routesFor(installation.role).map((entry) => ({ key: entry.path, icon: entry.icon, label: entry.label }));
  useEffect(() => {
    if (!afterFirstScreen) return;
    // A failed preload is not shown: the visit loads the code again and shows its failure there (ErrorBoundary).
    for (const entry of routesFor(installation.role)) void entry.preload?.().catch(() => undefined);
  }, [afterFirstScreen, installation.role]);

  return (
    <Layout className="app-shell">
      <Suspense fallback={null}>{afterFirstScreen && <StartupTasks />}</Suspense>
      <Layout.Sider width={200} theme="dark" className="app-sider">
        <div className="app-brand">支部工作台账</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[route.path]}
          items={items}
          onClick={({ key }) => navigate(key)}
          aria-label="主导航"
          // The menu is never collapsed, so its items' tooltips never show; without them no Tooltip
          // is rendered per item and its styles are not made before the first screen (round 8).
          tooltip={false}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          {/* A plain heading: antd's Typography (with its editable text's input) stays out of the first screen's script. */}
          <h4 className="app-header-title">{route.label}</h4>
          <span>
            {/* Plain markup drawn as antd's Tag (`.home-tag` in styles.css): the Tag makes its styles, every preset colour's, on first use. */}
            <span className="home-tag home-tag-red">{ROLE_LABELS[installation.role]}</span>
            <span className="app-header-name">{installation.name}</span>
          </span>
        </Layout.Header>
        <Layout.Content className="app-content">
          {/* Keyed by route: leaving a broken page resets the boundary. */}
          <ErrorBoundary key={route.path} onGoHome={() => navigate(HOME_PATH)}>
            <Suspense fallback={<Skeleton active />}>{route.render()}</Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
