/** A modal dialog on the native <dialog>: focus moves in, Escape closes, the page behind is inert, focus returns. */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n.js';

export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="link close" onClick={onClose} aria-label={t('app.close')}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
