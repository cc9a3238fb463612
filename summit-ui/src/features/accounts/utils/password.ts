/** The shortest password the server accepts; checked here too, to say so before sending. */
export const minPasswordLength = 12;

export interface NewPasswordProblems {
  password?: 'tooShort';
  repeated?: 'mismatch';
}

/** What is wrong with a new password typed twice, if anything. */
export function checkNewPassword(password: string, repeated: string): NewPasswordProblems {
  return {
    ...(password.length < minPasswordLength ? { password: 'tooShort' as const } : {}),
    ...(password !== repeated ? { repeated: 'mismatch' as const } : {}),
  };
}
