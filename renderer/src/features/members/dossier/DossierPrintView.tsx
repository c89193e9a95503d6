import { useLiveQuery } from 'dexie-react-hooks';
import { REVIEW_KINDS, REVIEW_KIND_LABELS, type DevelopmentReviewRecord } from '../../../../../shared/development/development-review';
import { DOSSIER_PHASES, dossierStepStates } from '../../../../../shared/development/dossier-steps';
import { dossierAttachmentIds, dossierOf, POLITICAL_REVIEW_LABELS } from '../../../../../shared/development/dossier-types';
import { GENDER_LABELS, STAGE_LABELS, type MemberRecord } from '../../../../../shared/members/member';
import { attachmentRepository } from '../../../core/attachments/attachment-repository';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import { BRANCH_SIGNATURE_PARTS, SignatureLine } from '../../../shell/print-document';

const names = (people: readonly string[]) => people.filter((person) => person.trim()).join('、') || '—';
const or = (text: string) => text || '—';

/**
 * 发展党员纪实表 on A4: the person, every one of the 25 steps with its date and the files
 * attached to it, the 思想汇报 and the 院党委's decisions, with lines to sign.
 */
export function DossierPrintView({ member, review, organisation, today, onBack }: { member: MemberRecord; review: DevelopmentReviewRecord | undefined; organisation: string; today: string; onBack: () => void }) {
  const dossier = dossierOf(member.development);
  const files = useLiveQuery(async () => new Map((await attachmentRepository.summaries(dossierAttachmentIds(dossier))).map((file) => [file.id, file.fileName])), [member]);
  const development = member.development;
  const publicity = (start: string, end: string) => (start ? `${start} 至 ${end || '（按工作日计算）'}` : '—');
  const title = '发展党员纪实表';
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${member.name}${title}.pdf`} onBack={onBack} />
      <div className="print-sheet meeting-document" aria-label={title}>
        <h1 style={{ textAlign: 'center', fontSize: 20 }}>{title}</h1>
        <p style={{ textAlign: 'center' }}>
          {organisation}　填表日期：{today}
        </p>
        <table className="stat-print-table">
          <tbody>
            <tr>
              <th>姓名</th>
              <td>{member.name}</td>
              <th>性别</th>
              <td>{GENDER_LABELS[member.gender]}</td>
              <th>出生日期</th>
              <td>{or(member.birthDate)}</td>
            </tr>
            <tr>
              <th>民族</th>
              <td>{or(member.ethnicity)}</td>
              <th>学历</th>
              <td>{or(member.education)}</td>
              <th>科室、职务</th>
              <td>{[member.department, member.post].filter(Boolean).join('　') || '—'}</td>
            </tr>
            <tr>
              <th>当前阶段</th>
              <td>{STAGE_LABELS[member.stage]}</td>
              <th>培养联系人</th>
              <td>{names(development.contacts)}</td>
              <th>入党介绍人</th>
              <td>{names(development.introducers)}</td>
            </tr>
            <tr>
              <th>政审结论</th>
              <td>{dossier.politicalReviewResult ? POLITICAL_REVIEW_LABELS[dossier.politicalReviewResult] : '—'}</td>
              <th>入党志愿书编号</th>
              <td>{or(dossier.applicationFormNumber)}</td>
              <th>集中培训</th>
              <td>{development.candidateTrainingHours ? `${development.candidateTrainingHours} 学时` : '—'}</td>
            </tr>
            <tr>
              <th>发展对象公示</th>
              <td colSpan={2}>{publicity(development.publicityStart, development.publicityEnd)}</td>
              <th>转正公示</th>
              <td colSpan={2}>{publicity(dossier.fullPublicityStart, dossier.fullPublicityEnd)}</td>
            </tr>
            <tr>
              <th>入党时间</th>
              <td colSpan={2}>{or(member.joinedOn)}</td>
              <th>转正时间</th>
              <td colSpan={2}>{or(member.fullMembershipOn)}</td>
            </tr>
          </tbody>
        </table>
        <h2 style={{ fontSize: 15, marginTop: 12 }}>发展步骤、日期与材料</h2>
        <table className="stat-print-table">
          <thead>
            <tr>
              <th style={{ width: '7%' }}>步骤</th>
              <th style={{ width: '30%' }}>环节</th>
              <th style={{ width: '15%' }}>日期</th>
              <th>材料</th>
            </tr>
          </thead>
          <tbody>
            {dossierStepStates(member).map((state) => (
              <tr key={state.step.number}>
                <td style={{ textAlign: 'center' }}>{state.step.number}</td>
                <td>
                  {state.step.label}
                  <br />
                  <small>{DOSSIER_PHASES[state.step.phase - 1]}</small>
                </td>
                <td style={{ textAlign: 'center' }}>{state.date ?? (state.step.date ? '' : state.done ? '已开展' : '')}</td>
                <td>
                  {state.documents.map((document) => (
                    <div key={document.kind}>
                      {document.attachmentIds.length > 0 ? '☑' : '☐'} {document.label}
                      {document.attachmentIds.length > 0 && `（${document.attachmentIds.map((id) => files?.get(id) ?? '附件').join('、')}）`}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 style={{ fontSize: 15, marginTop: 12 }}>思想汇报</h2>
        <p>{dossier.thoughtReports.length === 0 ? '无' : [...dossier.thoughtReports].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn)).map((report) => `${report.submittedOn}${report.title ? `《${report.title}》` : ''}`).join('；')}</p>
        <h2 style={{ fontSize: 15 }}>院党委意见</h2>
        {REVIEW_KINDS.filter((kind) => review?.decisions[kind]).map((kind) => {
          const decision = review!.decisions[kind]!;
          return (
            <p key={kind}>
              {REVIEW_KIND_LABELS[kind]}：{decision.agreed ? '同意' : '不同意'}，{decision.on}
              {decision.document && `，${decision.document}`}
              {decision.opinion && `。${decision.opinion}`}
            </p>
          );
        })}
        {!REVIEW_KINDS.some((kind) => review?.decisions[kind]) && <p>无</p>}
        <SignatureLine parts={BRANCH_SIGNATURE_PARTS} />
      </div>
    </div>
  );
}
