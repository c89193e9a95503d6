import { useLiveQuery } from 'dexie-react-hooks';
import { ATTACHMENT_KIND_LABELS } from '../../../../shared/meetings/meeting-types';
import { attachmentRepository, type AttachmentSummary } from '../../core/attachments/attachment-repository';

/** The meeting's attachments without their bytes; undefined while loading. */
export function useAttachmentSummaries(ids: readonly string[]): AttachmentSummary[] | undefined {
  return useLiveQuery(() => attachmentRepository.summaries(ids), [ids.join(',')]);
}

/** 签到表：签到表.png, as the record lists its attachments. */
export function attachmentLabel(item: AttachmentSummary): string {
  return `${ATTACHMENT_KIND_LABELS[item.kind]}：${item.fileName}`;
}
