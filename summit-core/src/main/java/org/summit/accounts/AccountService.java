package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.events.accounts.AccountInvited;
import org.summit.shared.CityCode;
import org.summit.shared.ConflictException;
import org.summit.shared.EmailAddress;
import org.summit.shared.GoneException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Texts;
import org.summit.shared.Violations;
import org.summit.shared.outbox.Outbox;

/**
 * Accounts, their passwords, sessions and invitations. Every write of an account's row appends the account as it is
 * after it ({@code AccountChanged}) to the outbox in the same transaction, a new password included (the event carries
 * no password, so its copy is the same; one rule for every write keeps a forgotten case from leaving a copy stale), and
 * every invitation issued appends its link ({@code AccountInvited}), which notifications e-mails.
 */
@Singleton
public class AccountService {

    /** How long an invitation link can be used. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    /** The longest display name. */
    public static final int MAX_DISPLAY_NAME = 200;

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final SessionRepository sessions;
    private final Passwords passwords;
    private final Outbox outbox;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            InvitationRepository invitations,
            SessionRepository sessions,
            Passwords passwords,
            Outbox outbox,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.sessions = sessions;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The account with this e-mail and password, if both are right. An unknown e-mail, an account not yet
     * activated and a wrong password take the same time and give the same answer.
     */
    @Transactional(readOnly = true)
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account =
                accounts.findByEmail(EmailAddress.normalise(email)).filter(Account::active);
        if (account.isEmpty()) {
            passwords.spendTheTimeOfACheck(password);
            return Optional.empty();
        }
        return account.filter(found -> passwords.matches(password, found.passwordHash()));
    }

    @Transactional
    public Session openSession(Account account, Duration validity) {
        Instant now = clock.instant();
        return sessions.save(new Session(UUID.randomUUID(), account.id(), now, now.plus(validity), null));
    }

    /**
     * The account of a session that is neither revoked nor expired, as it is now (its current role and city), while
     * the account is not deactivated. Read on every request, so that a role change or a deactivation applies to the
     * very next request of every session of the account.
     */
    @Transactional(readOnly = true)
    public Optional<Account> sessionAccount(UUID sessionId) {
        Instant now = clock.instant();
        return sessions.findById(sessionId)
                .filter(session -> session.activeAt(now))
                .flatMap(session -> accounts.findById(session.accountId()))
                .filter(account -> !account.deactivated());
    }

    @Transactional
    public void closeSession(UUID sessionId) {
        sessions.revoke(sessionId, clock.instant());
    }

    /**
     * Changes the password and ends every other session of the account, so a stolen session dies with the old
     * password while the one making the change stays open.
     */
    @Transactional
    public void changePassword(UUID accountId, UUID keptSessionId, String currentPassword, String newPassword) {
        Account account = find(accountId);
        if (!account.active() || !passwords.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", AccountsProblem.PASSWORD_WRONG);
        }
        requireStrong(newPassword, "newPassword");
        announce(accounts.update(account.withPasswordHash(passwords.hash(newPassword), clock.instant())));
        sessions.revokeAllOfExcept(accountId, keptSessionId, clock.instant());
    }

    /** An invitation link's token, to be given to the person invited; only its hash is stored. */
    public record IssuedInvitation(Account account, String token, Instant expiresAt) {

        /** The path of the page that sets the password: the UI's {@code /invitation/{token}}. */
        public String path() {
            return invitationPath(token);
        }
    }

    /** The path of the UI's page that accepts the invitation holding {@code token}. */
    public static String invitationPath(String token) {
        return "/invitation/" + token;
    }

    @Transactional
    public IssuedInvitation invite(String email, String displayName, Role role, @Nullable CityCode cityId) {
        Violations problems = new Violations();
        String normalised = problems.read(() -> EmailAddress.require("email", email));
        problems.check(() -> Texts.requireLine("displayName", displayName, MAX_DISPLAY_NAME));
        problems.check(() -> requireCity(role, cityId));
        problems.throwIfAny();
        if (accounts.existsByEmail(normalised)) {
            throw new ConflictException(AccountsProblem.ACCOUNT_EMAIL_TAKEN, Map.of("email", normalised));
        }
        Instant now = clock.instant();
        Account account = announce(accounts.save(new Account(
                UUID.randomUUID(),
                normalised,
                displayName.strip(),
                role,
                role == Role.DELEGATE ? cityId.value() : null,
                null,
                now,
                now,
                null)));
        String token = Secrets.token();
        Instant expiresAt = now.plus(INVITATION_VALIDITY);
        invitations.save(new Invitation(Secrets.sha256(token), account.id(), now, expiresAt, null));
        outbox.append(new AccountInvited(
                account.id().toString(),
                account.email(),
                account.displayName(),
                account.role().name(),
                account.cityId(),
                invitationPath(token),
                expiresAt));
        return new IssuedInvitation(account, token, expiresAt);
    }

    /** Whom an invitation is for, and until when it can be used. */
    public record InvitedAccount(Account account, Instant expiresAt) {}

    /** The account an invitation is for, while the invitation can still be used. */
    @Transactional(readOnly = true)
    public InvitedAccount invited(String token) {
        Invitation invitation = invitations
                .findById(Secrets.sha256(token))
                .orElseThrow(() -> new NotFoundException(AccountsProblem.INVITATION_NOT_FOUND));
        if (!invitation.usableAt(clock.instant())) {
            throw new GoneException(AccountsProblem.INVITATION_GONE);
        }
        return new InvitedAccount(find(invitation.accountId()), invitation.expiresAt());
    }

    /** Sets the invited account's password; the invitation cannot be used again. */
    @Transactional
    public Account acceptInvitation(String token, String password) {
        Account account = invited(token).account();
        if (account.deactivated()) {
            throw new GoneException(AccountsProblem.INVITATION_GONE);
        }
        requireStrong(password, "password");
        if (invitations.use(Secrets.sha256(token), clock.instant()) != 1) {
            throw new GoneException(AccountsProblem.INVITATION_GONE);
        }
        return announce(accounts.update(account.withPasswordHash(passwords.hash(password), clock.instant())));
    }

    /** Gives an account another role (and, for a delegate, its city); returns the account as it was before. */
    @Transactional
    public Account changeRole(UUID accountId, Role role, @Nullable CityCode cityId) {
        Account account = find(accountId);
        requireCity(role, cityId);
        announce(accounts.update(
                account.withRole(role, role == Role.DELEGATE ? cityId.value() : null, clock.instant())));
        return account;
    }

    /**
     * Deactivates an account (someone left): it can no longer log in, and every session it has ends now. An
     * organiser cannot deactivate their own account, so there is always someone left to reactivate it.
     *
     * @return whether it changed anything (false when it was deactivated already)
     */
    @Transactional
    public boolean deactivate(UUID accountId, UUID actingAccountId) {
        Account account = find(accountId);
        if (accountId.equals(actingAccountId)) {
            throw new ConflictException(AccountsProblem.ACCOUNT_DEACTIVATE_SELF, Map.of());
        }
        if (account.deactivated()) {
            return false;
        }
        Instant now = clock.instant();
        announce(accounts.update(account.deactivatedAt(now, now)));
        sessions.revokeAllOf(accountId, now);
        return true;
    }

    /**
     * Lets a deactivated account log in again; its old sessions stay ended.
     *
     * @return whether it changed anything (false when it was not deactivated)
     */
    @Transactional
    public boolean reactivate(UUID accountId) {
        Account account = find(accountId);
        if (!account.deactivated()) {
            return false;
        }
        announce(accounts.update(account.deactivatedAt(null, clock.instant())));
        return true;
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        return accounts.findAllOrderByEmailAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Account> findById(UUID id) {
        return accounts.findById(id);
    }

    /**
     * Creates one active account per role with a random password, when there are no accounts at all; returns
     * each e-mail with its password, which exists nowhere else in clear.
     */
    @Transactional
    public Map<String, String> createDemoAccounts(List<DemoAccount> demo) {
        Map<String, String> logins = new LinkedHashMap<>();
        if (accounts.count() > 0) {
            return logins;
        }
        Instant now = clock.instant();
        for (DemoAccount wanted : demo) {
            String password = Secrets.token().substring(0, 16);
            announce(accounts.save(new Account(
                    UUID.randomUUID(),
                    EmailAddress.normalise(wanted.email()),
                    wanted.displayName(),
                    wanted.role(),
                    wanted.cityId(),
                    passwords.hash(password),
                    now,
                    now,
                    null)));
            logins.put(EmailAddress.normalise(wanted.email()), password);
        }
        return logins;
    }

    /** A demo account to create. */
    public record DemoAccount(
            String email,
            String displayName,
            Role role,
            @Nullable String cityId) {}

    /** Creates an active account directly, for set-up tools and tests; people are invited instead. */
    @Transactional
    public Account createActive(String email, String displayName, Role role, @Nullable String cityId, String pw) {
        requireStrong(pw, "password");
        Instant now = clock.instant();
        return announce(accounts.save(new Account(
                UUID.randomUUID(),
                EmailAddress.normalise(email),
                displayName,
                role,
                cityId,
                passwords.hash(pw),
                now,
                now,
                null)));
    }

    /** Appends the account as it is now, in the transaction that stored it: whoever keeps a copy replaces theirs. */
    private Account announce(Account stored) {
        outbox.append(stored.changed());
        return stored;
    }

    private Account find(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(AccountsProblem.ACCOUNT_NOT_FOUND));
    }

    private static void requireStrong(String password, String field) {
        if (password == null || password.length() < Passwords.MIN_LENGTH || password.length() > Passwords.MAX_LENGTH) {
            throw InvalidInputException.of(
                    field,
                    AccountsProblem.PASSWORD_LENGTH,
                    Map.of("min", Passwords.MIN_LENGTH, "max", Passwords.MAX_LENGTH));
        }
    }

    private static void requireCity(Role role, @Nullable CityCode cityId) {
        if (role == Role.DELEGATE && cityId == null) {
            throw InvalidInputException.of("cityId", AccountsProblem.DELEGATE_NEEDS_CITY);
        }
    }
}
