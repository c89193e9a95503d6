import { Typography } from 'antd';
import type { NoteTarget } from '../../../../shared/rules/rule-types';
import type { WrittenStudy } from '../../../../shared/study/note-words';

const number = (value: number) => value.toLocaleString('zh-CN');

/** 12,300 / 20,000 字: the year's words against the branch kind's target, orange while short of it. */
export function WordsAgainstTarget({ written, target }: { written: WrittenStudy; target: NoteTarget | undefined }) {
  if (!target || target.words === 0) return <span>{number(written.words)} 字</span>;
  return (
    <Typography.Text type={written.words < target.words ? 'warning' : 'success'}>
      {number(written.words)} / {number(target.words)} 字
    </Typography.Text>
  );
}

/** 2 / 3 篇 心得体会, orange while short of the target. */
export function ReflectionsAgainstTarget({ written, target }: { written: WrittenStudy; target: NoteTarget | undefined }) {
  if (!target || target.reflections === 0) return <span>{written.reflections} 篇</span>;
  return (
    <Typography.Text type={written.reflections < target.reflections ? 'warning' : 'success'}>
      {written.reflections} / {target.reflections} 篇
    </Typography.Text>
  );
}
