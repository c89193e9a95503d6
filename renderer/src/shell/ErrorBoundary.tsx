import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called by "返回首页" after the boundary resets. */
  onGoHome?: () => void;
}

interface State {
  error: Error | null;
}

/**
 * A failure while rendering shows a Chinese message with a way out instead of a
 * white screen. Stored data is not touched: rendering never writes.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('界面渲染出错', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle="很抱歉，这个页面遇到了意外错误。已保存的数据不受影响。"
        extra={[
          this.props.onGoHome && (
            <Button
              key="home"
              type="primary"
              onClick={() => {
                this.setState({ error: null });
                this.props.onGoHome?.();
              }}
            >
              返回首页
            </Button>
          ),
          <Button key="reload" onClick={() => location.reload()}>
            重新加载
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">错误信息：{error.message || String(error)}</Typography.Paragraph>
      </Result>
    );
  }
}
