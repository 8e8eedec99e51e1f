/** Go to a link from a chart click; an in-page target inside a closed <details> is opened first. */
export function follow(href: string | undefined) {
  if (!href) return;
  if (href.startsWith("#")) {
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    const details = target?.closest("details");
    if (details) details.open = true;
    window.location.hash = href;
    target?.focus({ preventScroll: true });
    return;
  }
  window.location.assign(href);
}
