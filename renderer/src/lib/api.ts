// The one place that reads window.api; components receive the API through React context.
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { MeaApi, MeaBridgeApi } from '../../../preload/contract/api';
import { unwrapBridgeApi } from '../../../preload/api/unwrap-api';

export type { MeaApi };

declare global {
  interface Window {
    /** Exposed by the preload script (or the browser e2e bridge); calls resolve with result envelopes. */
    api?: MeaBridgeApi;
  }
}

/** Reads the preload-exposed API as one that throws ApiError; null without a preload (misconfiguration). */
export function readWindowApi(): MeaApi | null {
  return window.api ? unwrapBridgeApi(window.api) : null;
}

const ApiContext = createContext<MeaApi | null>(null);

export function ApiProvider({ api, children }: { api: MeaApi; children: ReactNode }): ReactNode {
  return createElement(ApiContext.Provider, { value: api }, children);
}

export function useApi(): MeaApi {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi() must be used inside <ApiProvider>');
  return api;
}
