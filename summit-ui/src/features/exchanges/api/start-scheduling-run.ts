import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import {
  latestRunQueryKey,
  schedulingPath,
  type SchedulingRun,
} from '@/features/exchanges/api/get-latest-scheduling-run';

/** Starts scheduling the summit's agreed exchanges in the background (202 with the run). */
export async function startSchedulingRun(summitId: string): Promise<SchedulingRun> {
  return await sendJson<SchedulingRun>(
    'POST',
    `${schedulingPath}/summit/${encodeURIComponent(summitId)}/runs`,
  );
}

export function useStartSchedulingRun(summitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startSchedulingRun(summitId),
    // The run as the answer shows it is the latest: polling goes on from there.
    onSuccess: (run) => {
      queryClient.setQueryData(latestRunQueryKey(summitId), run);
    },
  });
}
