/**
 * Calls `onChange` when the page's address changes without a load (history.pushState,
 * back and forward, the hash). Uses the Navigation API where the browser has it (Chromium);
 * elsewhere it listens for popstate and hashchange and looks at the address once a second,
 * since a content script cannot see the page's own pushState calls.
 */
export function watchUrl(onChange: () => void, win: Window = window): void {
  let last = win.location.href;
  const changed = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', changed);
    return;
  }
  win.addEventListener('popstate', changed);
  win.addEventListener('hashchange', changed);
  win.setInterval(changed, 1000);
}
