import { useRef } from 'preact/hooks';

export interface PanelTab<K extends string> {
  id: K;
  label: string;
}

export interface PanelTabsProps<K extends string> {
  tabs: readonly PanelTab<K>[];
  active: K;
  onSelect: (id: K) => void;
  label: string;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

/**
 * The popup's sections as an ARIA tab list: one tab stop, arrow keys (and Home/End) move between tabs and
 * select them, as the WAI-ARIA tabs pattern with automatic activation describes.
 */
export function PanelTabs<K extends string>({ tabs, active, onSelect, label }: PanelTabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === active);
    const n = tabs.length;
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % n
        : e.key === 'ArrowLeft'
          ? (at - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    const next = tabs[to];
    if (!next) return;
    e.preventDefault();
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={move}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === active}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
