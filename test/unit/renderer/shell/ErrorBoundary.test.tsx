// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../renderer/src/shell/ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Broken(): never {
  throw new Error('组件坏了');
}

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  vi.restoreAllMocks();
});

function render(element: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(element));
  return container;
}

describe('ErrorBoundary', () => {
  it('shows its children while nothing fails', () => {
    const view = render(
      <ErrorBoundary>
        <p>正常内容</p>
      </ErrorBoundary>,
    );
    expect(view.textContent).toContain('正常内容');
  });

  it('replaces a failing page with a Chinese message instead of a white screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const view = render(
      <ErrorBoundary onGoHome={() => undefined}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(view.textContent).toContain('页面出错了');
    expect(view.textContent).toContain('已保存的数据不受影响');
    expect(view.textContent).toContain('组件坏了');
    expect(view.textContent).toContain('返回首页');
  });

  it('recovers when the user goes home', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function MaybeBroken() {
      if (broken) throw new Error('暂时坏了');
      return <p>首页内容</p>;
    }
    const view = render(
      <ErrorBoundary onGoHome={() => (broken = false)}>
        <MaybeBroken />
      </ErrorBoundary>,
    );
    const button = [...view.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes('返回首页'));
    act(() => button!.click());
    expect(view.textContent).toContain('首页内容');
  });
});
