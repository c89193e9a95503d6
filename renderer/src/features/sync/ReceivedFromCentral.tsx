import { useLiveQuery } from 'dexie-react-hooks';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { REVIEW_VERDICT_LABELS } from '../../../../shared/meetings/meeting-review';
import { navigate } from '../../core/navigation/hash-route';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { documentsPath } from '../../core/navigation/area-routes';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/documents/document';
import { syncReads } from './data/sync-repository';

/** Branch: what came back from the central office — reviews of meeting records, the latest documents, and notices from older versions. */
export function ReceivedFromCentral({ branchId }: { branchId: string }) {
  const reviews = useLiveQuery(() => syncReads.reviews(branchId), [branchId]);
  const notices = useLiveQuery(() => syncReads.notices(branchId), [branchId]);
  const documents = useLiveQuery(() => syncReads.documents(branchId), [branchId]);
  return (
    <Card title="院党委的审阅意见、文件与通知">
      {reviews && reviews.length === 0 && notices && notices.length === 0 && documents && documents.length === 0 && <Empty description="尚未收到审阅意见、文件或通知" />}
      {documents && documents.length > 0 && (
        <List
          header={<Typography.Text strong>院党委文件</Typography.Text>}
          dataSource={documents.slice(0, 5)}
          renderItem={(document) => (
            <List.Item actions={[<a key="open" onClick={() => navigate(documentsPath())}>到“文件”中打开</a>]}>
              <List.Item.Meta
                title={
                  <>
                    <Tag>{DOCUMENT_KIND_LABELS[document.kind]}</Tag>
                    {document.title}
                  </>
                }
                description={`${document.number ? `${document.number}，` : ''}${document.date} —— ${document.issuedBy}`}
              />
            </List.Item>
          )}
        />
      )}
      {reviews && reviews.length > 0 && (
        <List
          header={<Typography.Text strong>会议记录审阅</Typography.Text>}
          dataSource={reviews}
          renderItem={(review) => (
            <List.Item actions={[<a key="open" onClick={() => navigate(meetingPath.view(review.id))}>查看会议记录</a>]}>
              <List.Item.Meta
                title={
                  <>
                    <Tag color={review.verdict === 'approved' ? 'green' : 'red'}>{REVIEW_VERDICT_LABELS[review.verdict]}</Tag>
                    {review.sessionName}
                  </>
                }
                description={`${review.opinion || '（无意见）'} —— ${review.reviewer}，${new Date(review.reviewedAt).toLocaleString('zh-CN')}`}
              />
            </List.Item>
          )}
        />
      )}
      {notices && notices.length > 0 && (
        <List
          header={<Typography.Text strong>通知</Typography.Text>}
          dataSource={notices}
          renderItem={(notice) => (
            <List.Item>
              <List.Item.Meta title={notice.title} description={`${notice.body} —— ${notice.issuedBy}，${new Date(notice.createdAt).toLocaleDateString('zh-CN')}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
