import { ARTICLE_10_IDS, colorOf, familyOf, getClause } from '../../utils/clauses';
import { pick } from '../../utils/i18n';
import { usePopup } from './context';

export interface VisibilityControlsProps {
  visible: boolean;
  hiddenFamilies: readonly string[];
  /** popup-only draw mode: the page shows nothing, so there is nothing to switch */
  drawn: boolean;
  onChange: (change: { visible?: boolean; hiddenFamilies?: string[] }) => void;
}

const FAMILIES = ARTICLE_10_IDS.map((id) => ({ id, family: familyOf(id), clause: getClause(id) }));

/** This tab's highlight switches: all on/off, and one per Article 10 item (colour family). */
export function VisibilityControls({ visible, hiddenFamilies, drawn, onChange }: VisibilityControlsProps) {
  const { lang, t } = usePopup();
  if (!drawn) return <p class="hint">{t('popupOnlyMode')}</p>;
  const hidden = new Set(hiddenFamilies);
  const toggleFamily = (family: string, shown: boolean) => {
    const next = new Set(hidden);
    if (shown) next.delete(family);
    else next.add(family);
    onChange({ hiddenFamilies: FAMILIES.map((f) => f.family).filter((f) => next.has(f)) });
  };
  return (
    <div class="visibility">
      <label class="check">
        <input
          type="checkbox"
          checked={visible}
          onChange={(e) => onChange({ visible: e.currentTarget.checked })}
        />
        {t('showHighlights')}
      </label>
      <details class="families">
        <summary>{t('familiesShown', { n: FAMILIES.length - hidden.size, total: FAMILIES.length })}</summary>
        <fieldset disabled={!visible}>
          <legend class="visually-hidden">{t('familiesLegend')}</legend>
          {FAMILIES.map(({ family, clause, id }) => (
            <label class="check" key={family}>
              <input
                type="checkbox"
                checked={!hidden.has(family)}
                onChange={(e) => toggleFamily(family, e.currentTarget.checked)}
              />
              <span class="swatch" style={{ background: colorOf(family) }} aria-hidden="true" />
              {clause ? `${pick(clause.locator, lang)} ${pick(clause.label, lang)}` : id}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
