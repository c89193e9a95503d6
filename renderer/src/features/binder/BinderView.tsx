import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Progress, Result, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { TOC_LINES_PER_PAGE, rowsByPage, type BinderNumbering } from '../../../../shared/binder/binder-outline';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { attachmentRepository } from '../../core/attachments/attachment-repository';
import { getPlatform } from '../../platform';
import { ImageScalerContext, usePendingImages } from './images/BinderImage';
import { createImageScaler, type ImageScaler } from './images/image-scaler';
import { useBinderBuild } from './use-binder-build';

/**
 * The year's 台账 as one document: a cover, the table of contents with page numbers, then
 * every section, each block from a fresh A4 page. Built with its progress shown; 保存 PDF
 * (desktop: print to PDF, written whole or not at all; browser mode: the print dialog)
 * only once the pages are numbered.
 */
export function BinderView({ branchId, year, onBack }: { branchId: string; year: number; onBack: () => void }) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const container = useRef<HTMLDivElement>(null);
  const measure = useCallback((id: string) => container.current?.querySelector(`[data-block-id="${CSS.escape(id)}"]`)?.getBoundingClientRect().height, []);
  const build = useBinderBuild(branchId, year, today, ruleSet.rules, measure);
  const { relayout } = build;
  // The meetings' pictures, made one at a time and freed when the binder closes.
  const [scaler, setScaler] = useState<ImageScaler>();
  useEffect(() => {
    const made = createImageScaler((id) => attachmentRepository.content(id));
    setScaler(made);
    return () => made.release();
  }, []);
  const pendingImages = usePendingImages(scaler);
  // A block that changes height after it was measured (its attachments' names read in) renumbers the binder.
  const observer = useRef<{ watch: ResizeObserver; watched: WeakSet<Element> }>(undefined);
  useEffect(() => {
    const watch = new ResizeObserver(() => relayout());
    observer.current = { watch, watched: new WeakSet() };
    return () => watch.disconnect();
  }, [relayout]);
  useEffect(() => {
    const current = observer.current;
    if (!current) return;
    for (const element of container.current?.querySelectorAll('.binder-block-content') ?? []) {
      if (current.watched.has(element)) continue;
      current.watched.add(element);
      current.watch.observe(element);
    }
  });

  if (build.state === 'failed')
    return <Result status="error" title="台账没有生成" subTitle={build.message} extra={<Button onClick={onBack}>返回</Button>} />;
  if (build.state === 'missing') return <Result status="info" title="尚未收到这个支部的数据，不能生成台账" extra={<Button onClick={onBack}>返回</Button>} />;
  if (build.state === 'reading') return <BinderProgress percent={0} text="正在读取本年记录…" onBack={onBack} />;

  const { blocks, shown, records } = build;
  const numbering = build.state === 'ready' ? build.numbering : undefined;
  const title = `${records.branch.name}${year}年工作台账`;
  return (
    <ImageScalerContext.Provider value={scaler}>
      <div className="print-view binder-view" aria-label={title} ref={container}>
        {numbering && scaler && pendingImages === 0 ? (
          <BinderToolbar title={title} numbering={numbering} onBack={onBack} />
        ) : numbering ? (
          <BinderProgress percent={99} text={`正在绘制会议附件图片：还有 ${pendingImages} 张`} onBack={onBack} />
        ) : (
          <BinderProgress percent={Math.round((shown / blocks.length) * 100)} text={`正在排版：第 ${shown} / ${blocks.length} 部分`} onBack={onBack} />
        )}
        <section className="binder-front binder-cover" aria-label="封面">
          <h1 className="binder-cover-title">
            {records.branch.name}
            <br />
            {year}年度工作台账
          </h1>
          <p className="binder-cover-line">{records.branch.parentOrganizationName}</p>
          <p className="binder-cover-line">生成日期：{today}</p>
        </section>
        {numbering && <TableOfContents numbering={numbering} />}
        {blocks.slice(0, shown).map((block) => (
          <section key={block.id} className="binder-block" data-section={block.section}>
            {numbering && <span className="binder-page-badge no-print">第 {numbering.firstPage.get(block.id)} 页</span>}
            <div className="binder-block-content" data-block-id={block.id}>
              {block.node}
            </div>
          </section>
        ))}
      </div>
    </ImageScalerContext.Provider>
  );
}

function BinderProgress({ percent, text, onBack }: { percent: number; text: string; onBack: () => void }) {
  return (
    <Space className="no-print print-toolbar" direction="vertical" style={{ width: '100%' }}>
      <Button onClick={onBack}>返回</Button>
      <Typography.Text role="status">{text}</Typography.Text>
      <Progress percent={percent} aria-label="台账生成进度" />
    </Space>
  );
}

function BinderToolbar({ title, numbering, onBack }: { title: string; numbering: BinderNumbering; onBack: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function save() {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await getPlatform().printCurrentView(`${title}.pdf`);
      if (saved) message.success(`已保存台账 PDF：${saved.location}`);
    } catch (error) {
      setFailure(`台账 PDF 没有保存：${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space className="no-print print-toolbar" direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={onBack}>返回</Button>
        <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void save()}>
          打印 / 导出 PDF
        </Button>
        <Typography.Text role="status">
          台账已生成：共 {numbering.totalPages} 页（A4 纵向，每页下方有页码）。
        </Typography.Text>
      </Space>
      {failure && <Alert type="error" showIcon message={failure} />}
    </Space>
  );
}

function TableOfContents({ numbering }: { numbering: BinderNumbering }) {
  const pages = rowsByPage(numbering.lines, TOC_LINES_PER_PAGE);
  return (
    <>
      {pages.map((lines, index) => (
        <section key={index} className="binder-front binder-toc" aria-label={index === 0 ? '目录' : `目录（续${index}）`}>
          <h2 className="binder-toc-title">{index === 0 ? '目　录' : '目录（续）'}</h2>
          <ol className="binder-toc-lines">
            {lines.map((line) => (
              <li key={`${line.blockId}-${line.level}`} className={`binder-toc-line level-${line.level}`}>
                <span className="binder-toc-text">{line.title}</span>
                <span className="binder-toc-page">{line.page}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
