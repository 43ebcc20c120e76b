// Whether the window may open DevTools: never in a packaged (installed) app, where DevTools would hand
// anyone at the keyboard a console inside the renderer; from source, unless MEA_DISABLE_DEVTOOLS is set.
export function allowDevTools(isPackaged: boolean, env: NodeJS.ProcessEnv): boolean {
  return !isPackaged && !env.MEA_DISABLE_DEVTOOLS;
}
