import { Fragment, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { glossaryEn } from '../i18n/glossary-en.ts';
import { glossaryRu, type TermId } from '../i18n/glossary-ru.ts';
import './term.css';

const GLOSSARY: Record<Lang, Record<TermId, { term: string; text: string }>> = {
  ru: glossaryRu,
  en: glossaryEn,
};

/** True when the glossary explains this id (a catalogue KPI id or a glossary key). */
export const isTerm = (id: string | null | undefined): id is TermId =>
  typeof id === 'string' && Object.hasOwn(glossaryRu, id);

/** A term's definition in a language; null when the glossary lacks it. */
export function termText(id: string, lang: Lang): string | null {
  return isTerm(id) ? GLOSSARY[lang][id].text : null;
}

/**
 * A term with its glossary definition: a dotted underline that explains itself on hover, on
 * keyboard focus (it is a button, so Tab reaches it; the definition is its aria-describedby) and on tap (a touch screen has no hover: the tap opens it, a second tap or Escape or a tap
 * elsewhere closes it). Children are what the page already printed there; an id the glossary
 * lacks renders them unchanged, so wrapping a table's every header is safe.
 */
export function Term({ id, children }: { id: string | null | undefined; children?: ReactNode }) {
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const tipId = useId();
  const ref = useRef<HTMLSpanElement>(null);
  // Fixed to the viewport, placed under the term when it is shown: a table's scroll box would clip
  // an absolutely placed tip.
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const place = () => {
    const r = ref.current?.getBoundingClientRect();
    if (!r) return;
    const width = Math.min(320, window.innerWidth * 0.8);
    setAt({ left: Math.max(8, Math.min(r.left, window.innerWidth - width - 8)), top: r.bottom + 6 });
  };
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  if (!isTerm(id)) return <>{children}</>;
  const entry = GLOSSARY[lang][id];
  return (
    <span className={`term${open ? ' open' : ''}`} ref={ref} data-term={id} onPointerEnter={place}>
      <button
        type="button"
        className="term-btn"
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={place}
        onClick={() => {
          place();
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        {children ?? entry.term}
      </button>
      <span
        role="tooltip"
        id={tipId}
        className="term-tip"
        style={at ? { left: at.left, top: at.top } : undefined}
      >
        <strong>{entry.term}</strong> — {entry.text}
      </span>
    </span>
  );
}

/** A line of the terms a page uses, each explained on hover, focus or tap: «Термины: ROMI · MRE». */
export function TermsLine({ ids }: { ids: readonly TermId[] }) {
  const { t } = useI18n();
  return (
    <p className="muted small terms-line" data-testid="terms-line">
      {t('glossary.terms')}:{' '}
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ' · ' : ''}
          <Term id={id} />
        </Fragment>
      ))}
    </p>
  );
}
