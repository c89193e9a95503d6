import { Image } from 'antd';
import { useEffect, useState } from 'react';
import { notebookRepository } from './data/notebook-repository';

/** A note's photo of the handwritten page, read from the attachments store only when shown. */
export function NotePhoto({ attachmentId, width = 160 }: { attachmentId: string; width?: number }) {
  const [url, setUrl] = useState<string>();
  const [isPdf, setIsPdf] = useState(false);
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    void notebookRepository.photo(attachmentId).then((row) => {
      if (!row || cancelled) return;
      objectUrl = URL.createObjectURL(new Blob([row.bytes as Uint8Array<ArrayBuffer>], { type: row.mimeType }));
      setIsPdf(row.mimeType === 'application/pdf');
      setUrl(objectUrl);
    });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachmentId]);
  if (!url) return null;
  if (isPdf) return <a href={url} target="_blank" rel="noreferrer">查看扫描件（PDF）</a>;
  return <Image src={url} width={width} alt="手写笔记照片" />;
}
