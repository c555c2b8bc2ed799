// "Show more" at the end of a long list: pressed, or seen on screen (an IntersectionObserver), it asks for more.
// The button stays for keyboards and screen readers. Presentational: what "more" is belongs to the caller.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

/** Loads the next page when the end of the list comes into view (the button stays for keyboards). */
export function MoreSentinel({ onVisible, busy }: { onVisible: () => void; busy: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || busy || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onVisible();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onVisible, busy]);
  return (
    <button ref={ref} type="button" class="bm-button bm-more" disabled={busy} onClick={onVisible}>
      {busy ? t('bm_loadingMore') : t('bm_showMore')}
    </button>
  );
}
