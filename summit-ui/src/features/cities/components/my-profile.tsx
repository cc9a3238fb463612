import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/errors/error-message';
import { useReveal } from '@/components/ui/use-reveal';

import { useMyProfile } from '@/features/cities/api/get-my-profile';
import { useUpdateMyProfile } from '@/features/cities/api/update-my-profile';
import { DelegateForm } from '@/features/cities/components/delegate-form';

/** The logged-in delegate's own details, which they keep up to date themselves. */
export function MyProfile() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  const update = useUpdateMyProfile();
  const reveal = useReveal();

  if (profile.isPending) {
    return <p role="status">{t('profile.loading')}</p>;
  }
  if (profile.isError) {
    return (
      <ErrorMessage
        error={profile.error}
        onRetry={() => {
          void profile.refetch();
        }}
      />
    );
  }
  if (profile.data === null) {
    return (
      <p className="notice" data-testid="profile-missing">
        {t('profile.missing')}
      </p>
    );
  }

  const delegate = profile.data;
  return (
    <>
      {update.isSuccess && (
        <p
          ref={reveal}
          tabIndex={-1}
          className="notice notice--success"
          role="status"
          data-testid="profile-saved"
        >
          {t('profile.saved')}
        </p>
      )}
      <DelegateForm
        // Filled once with what the server has; the saved answer is what the form shows anyway.
        key={delegate.id}
        delegate={delegate}
        emailReadOnly
        submitLabel={t('profile.submit')}
        submittingLabel={t('profile.submitting')}
        pending={update.isPending}
        error={update.error}
        onSubmit={(request) => {
          // Always the latest version: the one saved last, if the delegate saves twice.
          update.mutate({ ...request, email: delegate.email ?? '', version: delegate.version });
        }}
        testIdPrefix="profile"
      />
    </>
  );
}
