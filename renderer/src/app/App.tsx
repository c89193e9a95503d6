import { App as AntdApp, Button, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { setTodoSourceLoader } from '../core/todo/todo-registry';
import { useInstallationStore } from '../core/installation/installation-store';
import { AppShell } from './AppShell';
import { LockGate } from './LockGate';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { registerImportFollowUps } from './import-follow-ups';
import { usePrefersReducedMotion } from '../shell/reduced-motion';
import { useStorageFullNotice } from './use-storage-full-notice';

registerImportFollowUps();
// Not in the first screen's script: the areas behind the to-do list load with the list, the wizard only on a PC not set up yet.
setTodoSourceLoader(() => import('./todo-sources').then((module) => module.TODO_SOURCES));
const SetupWizard = lazy(() => import('../features/setup').then((module) => ({ default: module.SetupWizard })));

function Loading() {
  return (
    <div className="app-loading">
      <Spin size="large" tip="正在打开本地数据库…">
        <div className="app-loading-tip" />
      </Spin>
    </div>
  );
}

/**
 * Fields show focus in blue, not in the brand red: a red border is what an error looks
 * like (antd's error red is close to #c41d1d), so a focused field must never read as one.
 */
const FOCUS_BORDER = { activeBorderColor: '#1d5fa8', hoverBorderColor: '#4f86c6', activeShadow: '0 0 0 2px rgba(29, 95, 168, 0.15)' };

const THEME = {
  token: {
    colorPrimary: '#c41d1d',
    fontFamily:
      "-apple-system, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Input: FOCUS_BORDER,
    InputNumber: FOCUS_BORDER,
    Select: { ...FOCUS_BORDER, activeOutlineColor: 'rgba(29, 95, 168, 0.15)' },
    DatePicker: FOCUS_BORDER,
    Mentions: FOCUS_BORDER,
  },
};

/** Shows the first-run wizard until this PC is set up, then the app. */
function InstallationGate() {
  useStorageFullNotice();
  const state = useInstallationStore((store) => store.state);
  const load = useInstallationStore((store) => store.loadOnce);

  useEffect(() => {
    void load();
  }, [load]);

  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return (
        <Result
          status="error"
          title="无法打开数据"
          subTitle={state.message}
          extra={<Button onClick={() => location.reload()}>重试</Button>}
        />
      );
    case 'needs-setup':
      return (
        <Suspense fallback={<Loading />}>
          <SetupWizard />
        </Suspense>
      );
    case 'ready':
      return (
        <LockGate unitName={state.installation.name}>
          <AppShell />
        </LockGate>
      );
  }
}

export function App() {
  // Reduced motion turns antd's opening and closing animations off: nothing on screen moves
  // while it can be clicked (the end-to-end tests ask for it, so no click lands mid-animation).
  const reducedMotion = usePrefersReducedMotion();
  // The whole theme: dropping `components` once lost the blue focus border (issue #16 item 6).
  const theme = useMemo(() => ({ ...THEME, token: { ...THEME.token, motion: !reducedMotion } }), [reducedMotion]);
  // No space inserted between two-character button labels: "保存" stays one word for screen readers and tests.
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>
        <ErrorBoundary>
          <InstallationGate />
        </ErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}
