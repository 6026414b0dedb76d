/**
 * The size of each side's area, published by the control-area layer and read by the legend.
 * A tiny external store: when the holdings change the legend rewrites two figures, and nothing re-renders.
 */
export interface AreaSizes {
  bolshevikKm2: number;
  governmentKm2: number;
}

export function createAreaSizesStore() {
  let sizes: AreaSizes | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => sizes,
    set(next: AreaSizes) {
      if (sizes && sizes.bolshevikKm2 === next.bolshevikKm2 && sizes.governmentKm2 === next.governmentKm2) return;
      sizes = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export type AreaSizesStore = ReturnType<typeof createAreaSizesStore>;
