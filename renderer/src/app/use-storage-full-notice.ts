import { App } from 'antd';
import { useEffect } from 'react';
import { StorageFullError, isQuotaExceeded } from '../db/write-failure';

/**
 * The last line against a silent full disk: a write whose screen did not catch its failure
 * (an action started with `void`) still says on screen, in Chinese, that it was not saved.
 * Screens that handle the failure themselves say more precisely what was lost.
 * Call it once, inside antd's App.
 */
export function useStorageFullNotice() {
  const { message } = App.useApp();
  useEffect(() => {
    function onUnhandled(event: PromiseRejectionEvent) {
      if (!isQuotaExceeded(event.reason)) return;
      event.preventDefault();
      void message.error({ content: new StorageFullError().message, key: 'storage-full', duration: 10 });
    }
    window.addEventListener('unhandledrejection', onUnhandled);
    return () => window.removeEventListener('unhandledrejection', onUnhandled);
  }, [message]);
}
