import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import {
  latestRunQueryKey,
  schedulingPath,
  type SchedulingRun,
} from '@/features/exchanges/api/get-latest-scheduling-run';

/** Stops a running scheduling run; the schedule stays as it was. */
export async function cancelSchedulingRun(runId: string): Promise<SchedulingRun> {
  return await sendJson<SchedulingRun>(
    'POST',
    `${schedulingPath}/runs/${encodeURIComponent(runId)}/cancellation`,
  );
}

export function useCancelSchedulingRun(summitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelSchedulingRun,
    onSuccess: (run) => {
      queryClient.setQueryData(latestRunQueryKey(summitId), run);
    },
  });
}
