import type { Lang } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Segmented } from './segmented.tsx';

/** Русский / English; the choice is remembered in this browser. */
export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      label={t('settings.language')}
      value={lang}
      onChange={setLang}
      options={[
        { value: 'ru', label: 'Русский' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
