import { useLibrary } from './context';
import { routeHash, SECTIONS, type Section } from './route';

/** The library's three sections, as links (each section has its own address). */
export function Nav({ current }: { current: Section }) {
  const { t } = useLibrary();
  return (
    <nav class="sections" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s}>
            <a href={routeHash({ section: s, page: null })} aria-current={s === current ? 'page' : undefined}>
              {t(`nav.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
