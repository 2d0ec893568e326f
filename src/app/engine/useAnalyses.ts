// The analyses of the current input items, owned by react-query: one query per item, run in
// the worker. Progress reports arrive outside react-query's data and are kept beside it.

import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Analysis } from '../../core/types';
import type { InputItem } from '../features/input/files';
import type { Analyzer } from './client';

export interface ItemState {
  item: InputItem;
  analysis?: Analysis;
  error?: Error;
  working: boolean;
  progress: number | null;
}

export function useAnalyses(items: InputItem[], analyzer: Analyzer) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<Record<number, number>>({});
  const results = useQueries({
    queries: items.map((item) => ({
      queryKey: ['analysis', item.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => {
        const job = analyzer(item.input, (fraction) => setProgress((p) => ({ ...p, [item.id]: fraction })));
        signal.addEventListener('abort', job.cancel);
        return job.promise;
      },
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 10 * 60_000,
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    })),
  });
  const states: ItemState[] = items.map((item, i) => ({
    item,
    analysis: results[i]?.data,
    error: (results[i]?.error as Error | null) ?? undefined,
    working: results[i]?.isFetching ?? false,
    progress: progress[item.id] ?? null,
  }));
  const cancel = useCallback(() => queryClient.cancelQueries({ queryKey: ['analysis'] }), [queryClient]);
  return { states, cancel };
}
