import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ImageScaler, ScaledImage } from './image-scaler';

/** The binder's picture queue, given by the binder view to the image blocks it renders. */
export const ImageScalerContext = createContext<ImageScaler | undefined>(undefined);

/** Pictures still being made: the binder is not printed before they are drawn. */
export function usePendingImages(scaler: ImageScaler | undefined): number {
  return useSyncExternalStore(scaler?.subscribe ?? noSubscription, scaler?.pending ?? none);
}

const noSubscription = () => () => undefined;
const none = () => 0;

/** One attachment drawn at the page's width (or its own, if smaller), with its caption above. */
export function BinderImage({ attachmentId, caption }: { attachmentId: string; caption: string }) {
  const scaler = useContext(ImageScalerContext);
  const [image, setImage] = useState<ScaledImage>();
  useEffect(() => {
    if (!scaler) return;
    let current = true;
    void scaler.scaled(attachmentId).then((made) => current && setImage(made));
    return () => {
      current = false;
    };
  }, [scaler, attachmentId]);
  return (
    <figure className="binder-image">
      <figcaption>{caption}</figcaption>
      {image && 'url' in image && <img src={image.url} alt={caption} />}
      {image && 'failed' in image && <p className="binder-note">图片未能显示：{image.failed}</p>}
    </figure>
  );
}
