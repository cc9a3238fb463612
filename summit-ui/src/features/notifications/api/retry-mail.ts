import { useMutation, useQueryClient } from '@tanstack/react-query';

import { sendJson } from '@/lib/api-client';

import { mailPath, mailQueryOptions, type Mail } from '@/features/notifications/api/get-mail';
import { mailboxQueryKey } from '@/features/notifications/api/get-mailbox';

/** Puts a dead letter back in the queue (`POST /api/mailbox/{id}/retry`, organisers). */
export function retryMail(mailId: string): Promise<Mail> {
  return sendJson<Mail>('POST', `${mailPath(mailId)}/retry`);
}

export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryMail,
    onSuccess: async (mail) => {
      queryClient.setQueryData(mailQueryOptions(mail.mail.id).queryKey, mail);
      await queryClient.invalidateQueries({ queryKey: [...mailboxQueryKey, 'list'] });
    },
  });
}
