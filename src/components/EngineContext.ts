import { createContext, useContext } from 'react';
import type { EngineBridge } from '../bridge/engineBridge';

export const EngineContext = createContext<EngineBridge | null>(null);

export function useEngine(): EngineBridge {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine outside EngineContext');
  return engine;
}
