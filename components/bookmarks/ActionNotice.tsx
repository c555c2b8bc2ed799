// A short notice of what just happened in the clean view (a bookmark removed, a click refused), with the one thing
// the reader may do about it (Undo) and a way to dismiss it. Presentational: the caller says what and when.
import { t } from '../../lib/i18n/t';

/** The one action a notice offers. */
export interface NoticeAction {
  label: string;
  /** The native click, so the caller can refuse synthetic ones (`isTrusted`). */
  onAction: (event: MouseEvent) => void;
}

interface ActionNoticeProps {
  message: string;
  action?: NoticeAction | null;
  onDismiss: () => void;
}

export function ActionNotice({ message, action, onDismiss }: ActionNoticeProps) {
  return (
    <div class="cr-copy-notice cr-action-notice">
      <p>{message}</p>
      {action ? (
        <button type="button" class="cr-copy-notice-dismiss cr-action-notice-do" onClick={action.onAction}>
          {action.label}
        </button>
      ) : null}
      <button type="button" class="cr-copy-notice-dismiss" onClick={onDismiss}>
        {t('cn_dismiss')}
      </button>
    </div>
  );
}
