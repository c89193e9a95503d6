import { Button, Result, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, type ReactNode } from 'react';
import { useLockStore } from '../core/lock/lock-store';
import { useIdleLock } from './use-idle-lock';

/*
 * The lock screen (a form, its validation and the forgotten-passphrase help) is not part of
 * the first screen's script: most PCs set no lock. Where one is set its code loads as soon as
 * the setting is read, so an idle lock covers the app at once.
 */
const loadLockScreen = () => import('./LockScreen');
const LockScreenLoaded = lazy(() => loadLockScreen().then((module) => ({ default: module.LockScreen })));

function LockScreen(props: Parameters<typeof LockScreenLoaded>[0]) {
  return (
    <Suspense fallback={<Spin size="large" fullscreen />}>
      <LockScreenLoaded {...props} />
    </Suspense>
  );
}

/**
 * The app lock in front of the app. At start nothing of the app is rendered until the
 * passphrase opened the lock (and with it the key of the sealed 身份证号 and 电话). Locked
 * after an idle time, the app stays mounted but hidden and inert under the lock screen, so
 * a half-typed form is still there after unlocking.
 */
export function LockGate({ unitName, children }: { unitName: string; children: ReactNode }) {
  const state = useLockStore((store) => store.state);
  const load = useLockStore((store) => store.loadOnce);
  const lock = useLockStore((store) => store.lock);
  useEffect(() => {
    void load();
  }, [load]);
  const lockSet = state.status === 'locked' || state.status === 'unlocked';
  useEffect(() => {
    if (lockSet) void loadLockScreen();
  }, [lockSet]);
  const lockWhenIdle = useCallback(() => lock('idle'), [lock]);
  const record = state.status === 'unlocked' || state.status === 'locked' ? state.record : undefined;
  useIdleLock(record?.idleMinutes ?? null, state.status === 'unlocked', lockWhenIdle);

  switch (state.status) {
    case 'checking':
      return <Spin size="large" fullscreen />;
    case 'failed':
      return <Result status="error" title="无法打开数据" subTitle={state.message} extra={<Button onClick={() => location.reload()}>重试</Button>} />;
    case 'locked':
      if (state.reason === 'start') return <LockScreen reason="start" idleMinutes={state.record.idleMinutes} unitName={unitName} />;
      break;
    case 'none':
    case 'unlocked':
      break;
  }
  // One tree whether covered or not, so locking while idle does not remount the app.
  const covered = state.status === 'locked';
  return (
    <>
      <div style={{ display: covered ? 'none' : 'contents' }} inert={covered} aria-hidden={covered || undefined}>
        {children}
      </div>
      {covered ? <LockScreen reason={state.reason} idleMinutes={state.record.idleMinutes} unitName={unitName} /> : null}
    </>
  );
}
