/** The projector theme (大屏): remembered per browser, applied as data-theme="dark" on <html>. */
export const THEME_KEY = "huibao-theme";

/**
 * Inline in <head>, so a remembered projector theme is in place before the first paint (no flash
 * of the light theme). A Content-Security-Policy must allow it by hash.
 */
export const themeScript = `try{if(localStorage.getItem(${JSON.stringify(THEME_KEY)})==="dark")document.documentElement.dataset.theme="dark"}catch(e){}`;
