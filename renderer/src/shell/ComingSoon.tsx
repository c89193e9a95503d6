import { Result } from 'antd';

/** The page of an area that later work fills in; says what the area will hold. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return <Result status="info" title={`${title}（建设中）`} subTitle={description} />;
}
