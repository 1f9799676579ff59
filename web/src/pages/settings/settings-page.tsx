import { useState } from 'react';
import { saveDefaultModel, loadDefaultModel, useAnalysisParams } from '../../app/analysis-params.tsx';
import { labelText } from '../../app/label.ts';
import { useMeta } from '../../app/meta.tsx';
import { useSession } from '../../app/session.tsx';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { UsersPanel } from './users-panel.tsx';
import { TokensPanel } from './tokens-panel.tsx';
import { ModelsPanel } from './models-panel.tsx';

/** Language, the default formula preset, (for owners) the users, and API tokens for integrations. */
export function SettingsPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const meta = useMeta();
  const { set } = useAnalysisParams();
  const [model, setModel] = useState(loadDefaultModel);
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <div className="grid-2">
        <Panel title={t('settings.language')}>
          <LangSwitch />
          {user ? (
            <p className="muted small">
              {t('settings.you', { name: user.name || user.login, role: t(`role.${user.role}`) })}
            </p>
          ) : null}
        </Panel>
        {meta.data ? (
          <Panel title={t('settings.model')}>
            <SelectField
              label={t('settings.model')}
              name="default-model"
              value={model}
              onChange={(m) => {
                setModel(m);
                saveDefaultModel(m);
                set({ model: m });
              }}
              options={meta.data.models.map((m) => ({ value: m.id, label: labelText(m.label, lang) }))}
            />
            <p className="muted small">{t('settings.modelHint')}</p>
          </Panel>
        ) : null}
      </div>
      {meta.data ? <ModelsPanel canEdit={user?.role === 'owner' || user?.role === 'analyst'} /> : null}
      {user?.role === 'owner' ? <UsersPanel /> : null}
      {user?.role === 'owner' || user?.role === 'analyst' ? <TokensPanel /> : null}
    </>
  );
}
