import type { FormulaTree, Unit } from '../../api/types.ts';
import { nodeLabel } from '../../app/label.ts';
import { formatByUnit, formatNumber, formatRatio } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { JourneyStage } from './journey-types.ts';

/** One column of the map: the stage, its levers with their values, its clients and what it is told. */
export function JourneyStageCard({
  stage,
  position,
  tree,
  constraint,
  narrowest,
}: {
  stage: JourneyStage;
  position: number;
  tree: FormulaTree | null;
  constraint: boolean;
  narrowest: boolean;
}) {
  const { t, lang } = useI18n();
  const unitOf = (lever: string): Unit => tree?.nodes.find((n) => n.id === lever)?.unit ?? 'number';
  const p = stage.passage;
  const flow =
    p.note === 'not_nested'
      ? t('journey.notNested')
      : p.kept === null
        ? null
        : `${t('journey.kept', { kept: formatRatio(p.kept, lang, 1) })} · ${t('journey.lost', { lost: formatRatio(p.lost, lang, 1) })}`;
  const list = (title: string, items: readonly { ru: string; en: string }[]) =>
    items.length ? (
      <div className="journey-list">
        <h4>{title}</h4>
        <ul>
          {items.map((x) => (
            <li key={x.en}>{x[lang]}</li>
          ))}
        </ul>
      </div>
    ) : null;
  return (
    <li
      className={`journey-stage${constraint ? ' is-constraint' : ''}${narrowest ? ' is-narrowest' : ''}`}
      data-testid={`journey-stage-${stage.id}`}
    >
      <header>
        <span className="journey-n">{t('journey.stage', { n: position })}</span>
        <h3>{stage.name[lang]}</h3>
        <div className="journey-badges">
          {constraint ? <span className="badge badge-accent">{t('journey.constraintBadge')}</span> : null}
          {narrowest ? <span className="badge badge-warn">{t('journey.narrowestBadge')}</span> : null}
        </div>
      </header>
      <div className="journey-levers" aria-label={t('journey.levers')}>
        {stage.levers.map((l) => (
          <span key={l} className="lever-chip" title={nodeLabel(tree, l, lang)}>
            <b>{l}</b> {formatByUnit(stage.leverValues[l] ?? null, unitOf(l), lang)}
          </span>
        ))}
      </div>
      <div className="journey-reach">
        {p.reached === null ? (
          <span className="muted">{t('journey.noCount')}</span>
        ) : (
          <strong>{t('journey.reached', { n: formatNumber(p.reached, lang, 0) })}</strong>
        )}
        {flow ? <span className={narrowest ? 'journey-flow is-loss' : 'journey-flow'}>{flow}</span> : null}
      </div>
      {list(t('journey.touchpoints'), stage.touchpoints)}
      {list(t('journey.difficulties'), stage.difficulties)}
      {stage.tactic ? (
        <div className="journey-list">
          <h4>{t('journey.tactic')}</h4>
          <p>{stage.tactic[lang]}</p>
        </div>
      ) : null}
      {stage.people ? (
        <dl className="journey-people">
          <dt>{t('journey.deciders')}</dt>
          <dd>{stage.people.deciders[lang]}</dd>
          <dt>{t('journey.influencers')}</dt>
          <dd>{stage.people.influencers[lang]}</dd>
        </dl>
      ) : null}
    </li>
  );
}
