import { createSignal, For } from 'solid-js';

export interface NavItem {
  id: string;
  label: string;
}

/**
 * The options page's own navigation: a list of links, one per section, each to its own address
 * (`#plan`), so back and forward work and other screens can link straight to a section. On
 * narrow windows the list folds behind a menu button (the stylesheet decides when).
 */
export function Nav(props: { label: string; menu: string; items: readonly NavItem[]; current: string }) {
  const [open, setOpen] = createSignal(false);
  return (
    <nav class="nav" aria-label={props.label}>
      <button
        type="button"
        class="nav-menu"
        aria-expanded={open()}
        aria-controls="nav-list"
        onClick={() => setOpen(!open())}
      >
        {props.menu}
      </button>
      <ul id="nav-list" class="plain nav-list" classList={{ open: open() }}>
        <For each={props.items}>
          {(item) => (
            <li>
              <a
                href={`#${item.id}`}
                aria-current={props.current === item.id ? 'page' : undefined}
                onClick={() => setOpen(false)}
              >
                {item.label}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
