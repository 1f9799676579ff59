import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** `store=A,B; channel=referral` ⇄ the API's repeated `filter` values. */
export const parseFilters = (text: string): string[] =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => /^[^=]+=.+$/.test(s));

/** A free-text filter applied on Enter or when the field loses focus, not on every keystroke. */
export function FilterInput({ value, onChange }: { value: string[]; onChange: (filters: string[]) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value.join('; '));
  useEffect(() => setText(value.join('; ')), [value]);
  const apply = () => {
    const next = parseFilters(text);
    if (next.join(';') !== value.join(';')) onChange(next);
  };
  return (
    <label className="field grow">
      <span>{t('controls.filter')}</span>
      <input
        type="text"
        value={text}
        placeholder="store=Kazan Gorki"
        title={t('controls.filterHint')}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
    </label>
  );
}
