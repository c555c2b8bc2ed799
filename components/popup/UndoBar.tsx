// The bar that says what was just removed and offers to put it back. Presentational: the caller times it out.
import type { UndoOffer } from '../../lib/bookmarks/changes';
import { t } from '../../lib/i18n/t';

export type { UndoOffer };

interface Props {
  offer: UndoOffer | null;
  onDismiss: () => void;
}

export function UndoBar({ offer, onDismiss }: Props) {
  return (
    <div class="bm-undo" role="status" aria-live="polite" hidden={!offer}>
      {offer ? (
        <>
          <span class="bm-undo-text">{offer.message}</span>
          <button type="button" class="bm-button bm-undo-button" onClick={offer.undo}>
            {t('undo_undo')}
          </button>
          <button type="button" class="bm-close" aria-label={t('undo_dismiss')} onClick={onDismiss}>
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}
