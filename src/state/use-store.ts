import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DashboardState, Store } from './store';

export const StoreContext = createContext<Store | null>(null);

/** The store of the nearest StoreProvider. */
export function useStoreApi(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi: no store; wrap the component in <StoreContext.Provider>.');
  return store;
}

/** Reads one slice of the dashboard state and re-renders only when that slice changes. */
export function useDashboard<T>(pick: (state: DashboardState) => T): T {
  const store = useStoreApi();
  return useSyncExternalStore(store.subscribe, () => pick(store.getState()));
}
