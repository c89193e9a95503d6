import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { StudyNote } from '../../../../shared/study/study-types';
import { notebookRepository } from './data/notebook-repository';
import { useBusyAction } from '../../shell/use-busy-action';

/** 评为优秀学习笔记, with the branch's comment; the central office confirms it later in its package. */
export function ExcellentDialog({ notebookId, note, onClose }: { notebookId: string; note: StudyNote; onClose: () => void }) {
  const action = useBusyAction();
  const [comment, setComment] = useState(note.excellent?.comment ?? '');
  const save = () =>
    action.run(async () => {
      await notebookRepository.markExcellent(notebookId, note.id, comment);
      return `已将“${note.materialTitle}”评为优秀学习笔记。`;
    }, onClose);

  return (
    <Modal open title="评为优秀学习笔记" okText="确定" cancelText="取消" confirmLoading={action.busy} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>
        {note.date}　{note.materialTitle}
      </Typography.Paragraph>
      <Input.TextArea aria-label="推荐理由（评语）" autoSize={{ minRows: 3 }} value={comment} onChange={(event) => setComment(event.target.value)} placeholder="如：联系临床工作实际，体会深刻。" />
      <Typography.Text type="secondary">评选结果随报送包交院党委组织科审核确认。</Typography.Text>
    </Modal>
  );
}
