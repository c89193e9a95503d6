import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';

const EMPTY_VOTE = { motion: '', isAdmission: false, inFavour: 0, against: 0, abstain: 0, resolution: '' };

/** 议程 and 讨论情况 of the minutes. */
export function AgendaFields() {
  return (
    <>
      <Form.List name="agendaItems">
        {(fields, { add, remove }) => (
          <Form.Item label="会议议程">
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space.Compact key={field.key} style={{ width: '100%' }}>
                  <Form.Item name={field.name} noStyle>
                    <Input aria-label={`议程${index + 1}`} addonBefore={`${index + 1}.`} maxLength={120} />
                  </Form.Item>
                  <Button aria-label={`删除议程${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Space.Compact>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add('')}>
                添加议程
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="discussionSummary" label="会议内容与讨论情况">
        <Input.TextArea aria-label="会议内容与讨论情况" autoSize={{ minRows: 5, maxRows: 16 }} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="nonVotingAttendees" label="列席人员" tooltip="输入姓名后按回车。">
        <Select aria-label="列席人员" mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
    </>
  );
}

/** 表决事项: counts for / against / abstaining and the resolution, one card per motion. */
export function VotesFields() {
  return (
    <Form.List name="votes">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="middle" className="meeting-vote-row">
              <Col span={9}>
                <Form.Item name={[field.name, 'motion']} label={`表决事项${index + 1}`}>
                  <Input aria-label={`表决事项${index + 1}`} maxLength={120} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item name={[field.name, 'inFavour']} label="赞成">
                  <InputNumber aria-label={`表决事项${index + 1}赞成票`} min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item name={[field.name, 'against']} label="反对">
                  <InputNumber aria-label={`表决事项${index + 1}反对票`} min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item name={[field.name, 'abstain']} label="弃权">
                  <InputNumber aria-label={`表决事项${index + 1}弃权票`} min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'isAdmission']} valuePropName="checked" label=" ">
                  <Checkbox>接收预备党员表决</Checkbox>
                </Form.Item>
              </Col>
              <Col span={1}>
                <Button aria-label={`删除表决事项${index + 1}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </Col>
              <Col span={24}>
                <Form.Item name={[field.name, 'resolution']} label="决议">
                  <Input aria-label={`表决事项${index + 1}决议`} maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_VOTE })}>
            添加表决事项
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
