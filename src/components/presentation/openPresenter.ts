/** The presenter window's address: this page's own, told to show the presenter view. */
export const PRESENTER_QUERY = 'presenter';

/** Opens (or brings forward) the presenter window; false when the browser blocked it. */
export function openPresenter(): boolean {
  const url = `${location.pathname}?${PRESENTER_QUERY}=1`;
  const opened = window.open(url, 'deltascope-presenter', 'popup,width=1100,height=720');
  opened?.focus();
  return opened !== null;
}
