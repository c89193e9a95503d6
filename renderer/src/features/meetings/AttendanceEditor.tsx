import { Alert, Button, Form, Select, Space, Table } from 'antd';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import { LEAVE_REASON_LABELS, LEAVE_REASONS, type AttendanceEntry } from '../../../../shared/meetings/meeting-types';
import { nameOf } from './member-names';
import { AttendanceNoteInput, AttendanceStatusChoice } from './AttendanceStatusChoice';
import { AttendanceSummary } from './AttendanceSummary';
import { absenceOn } from '../../../../shared/members/absence';
import { attendanceFor, awayMembers, expectedMembers } from '../../../../shared/meetings/attendance';

const REASON_OPTIONS = LEAVE_REASONS.map((reason) => ({ value: reason, label: LEAVE_REASON_LABELS[reason] }));

interface AttendanceEditorProps {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  names: ReadonlyMap<string, string>;
  /** Called after the editor sets values itself, which the form does not report as a change. */
  onProgrammaticChange: () => void;
}

/**
 * 出席情况 inside the meeting form: one row per expected member, filled from the roster by
 * the meeting's scope. Regenerating keeps what was already marked for people still expected.
 */
export function AttendanceEditor({ branch, members, names, onProgrammaticChange }: AttendanceEditorProps) {
  const form = Form.useFormInstance();
  // preserve: the list's memberId has no field of its own, and unregistered values are otherwise left out.
  const attendance: AttendanceEntry[] = Form.useWatch('attendance', { form, preserve: true }) ?? [];
  const scope = Form.useWatch('expectedScope');
  const partyGroupId = Form.useWatch('partyGroupId');
  // Members transferred out or whose membership ended before the meeting's date are not expected.
  const date: string = Form.useWatch('date') ?? '';

  const away = date ? awayMembers(members, date) : [];
  const listed = new Set(attendance.map((entry) => entry.memberId));

  function fillFromRoster() {
    // Someone away who was added because they attended stays on the list.
    const attendedAway = away.filter((member) => listed.has(member.id));
    const next = attendanceFor([...expectedMembers(scope, branch, members, partyGroupId ?? '', date), ...attendedAway], attendance);
    form.setFieldValue('attendance', next);
    onProgrammaticChange();
  }

  function addAway(memberId: string) {
    form.setFieldValue('attendance', [...attendance, { memberId, status: 'present', note: '外出期间参加' }]);
    onProgrammaticChange();
  }

  function markAllPresent() {
    form.setFieldValue(
      'attendance',
      attendance.map((entry) => ({ ...entry, status: 'present', leaveReason: undefined })),
    );
    onProgrammaticChange();
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={fillFromRoster}>按名册生成应到人员</Button>
        <Button onClick={markAllPresent} disabled={attendance.length === 0}>
          全部标为出席
        </Button>
        <AttendanceSummary attendance={attendance} />
      </Space>
      {away.some((member) => !listed.has(member.id)) && (
        <Alert
          type="info"
          showIcon
          message="外出党员（会议当天外出，不计入应到人员；参加了会议的可加入名单）"
          description={
            <Space wrap>
              {away
                .filter((member) => !listed.has(member.id))
                .map((member) => (
                  <Button key={member.id} size="small" onClick={() => addAway(member.id)}>
                    加入{member.name}（{absenceOn(member, date)?.place ?? '外出'}）
                  </Button>
                ))}
            </Space>
          }
        />
      )}
      {/* Always mounted, even while empty: values set on an unregistered list are not watched. */}
      <Form.List name="attendance">
        {(fields) =>
          fields.length === 0 ? (
            <Alert type="info" showIcon message="尚未生成应到人员。请先选好应到范围，再点击“按名册生成应到人员”。" />
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              // Each row carries its entry: the table re-renders a row only when its record changes.
              dataSource={fields.map((field) => ({ ...field, entry: attendance[field.name] }))}
              columns={[
                { title: '姓名', width: 120, render: (_, field) => nameOf(names, field.entry?.memberId ?? '') },
                {
                  title: '出席情况',
                  width: 220,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'status']} noStyle>
                      <AttendanceStatusChoice label={`${nameOf(names, field.entry?.memberId ?? '')}的出席情况`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '请假原因',
                  width: 140,
                  render: (_, field) =>
                    field.entry?.status === 'leave' ? (
                      <Form.Item name={[field.name, 'leaveReason']} noStyle>
                        <Select
                          aria-label={`${nameOf(names, field.entry?.memberId ?? '')}的请假原因`}
                          options={REASON_OPTIONS}
                          placeholder="请选择"
                          size="small"
                          style={{ width: 110 }}
                        />
                      </Form.Item>
                    ) : (
                      // Plain text, not antd's Typography: a hundred rows each mounting one cost the save its time.
                      <span className="attendance-no-reason">—</span>
                    ),
                },
                {
                  title: '备注',
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'note']} noStyle>
                      <AttendanceNoteInput label={`${nameOf(names, field.entry?.memberId ?? '')}的备注`} />
                    </Form.Item>
                  ),
                },
              ]}
            />
          )
        }
      </Form.List>
    </Space>
  );
}
