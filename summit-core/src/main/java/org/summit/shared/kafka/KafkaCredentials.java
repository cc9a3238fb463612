package org.summit.shared.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Kafka user of the embedded broker: the application authenticates with it over SASL/SCRAM-SHA-512, and it
 * is the broker's only super user, so a client on the same host without these credentials can neither read nor
 * write a topic.
 *
 * <p>The embedded mode keeps them in {@value #FILE_NAME} in the data directory, readable by its owner only, as
 * properties a Kafka client can use as they are ({@code --consumer.config}, {@code new KafkaConsumer(props)}).
 */
public final class KafkaCredentials {

    public static final String FILE_NAME = "kafka-client.properties";
    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";

    private static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule";
    private static final Pattern JAAS_USER = Pattern.compile("username=\"([^\"]+)\"\\s+password=\"([^\"]+)\"");
    /** Letters, digits, '-' and '_' only: they need no quoting in JAAS, in the storage tool or on a shell line. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+");

    private final String username;
    private final String password;

    public KafkaCredentials(String username, String password) {
        if (!SAFE.matcher(username).matches() || !SAFE.matcher(password).matches()) {
            throw new IllegalArgumentException("Kafka user names and passwords here are letters, digits, - and _");
        }
        this.username = username;
        this.password = password;
    }

    /** A new user {@code username} with a password of 256 random bits. */
    public static KafkaCredentials generate(String username) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new KafkaCredentials(
                username, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /**
     * The credentials kept in {@code file}; on first use new ones, written there readable by the owner only (the
     * file is created with those permissions, so it is never readable by others, not even for a moment).
     */
    public static KafkaCredentials readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                Properties props = new Properties();
                try (var in = Files.newInputStream(file)) {
                    props.load(in);
                }
                Matcher user = JAAS_USER.matcher(props.getProperty("sasl.jaas.config", ""));
                if (!user.find()) {
                    throw new IllegalStateException(file + " has no sasl.jaas.config with a username and password;"
                            + " delete it and Summit makes new credentials on its next start");
                }
                return new KafkaCredentials(user.group(1), user.group(2));
            }
            KafkaCredentials created = generate("summit");
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringBuilder text = new StringBuilder()
                    .append(
                            "# The credentials of Summit's embedded Kafka broker, made on its first start. Anyone who\n")
                    .append(
                            "# can read this file can read and write every topic: keep it readable by its owner only.\n");
            created.clientProperties()
                    .forEach((key, value) ->
                            text.append(key).append('=').append(value).append('\n'));
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions (Windows): the data directory's own protection applies.
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Kafka credentials in " + file, e);
        }
    }

    public String username() {
        return username;
    }

    /** What a Kafka client needs besides {@code bootstrap.servers} to be let in. */
    public Map<String, String> clientProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("security.protocol", SECURITY_PROTOCOL);
        props.put("sasl.mechanism", MECHANISM);
        props.put("sasl.jaas.config", scramJaasConfig());
        return props;
    }

    String scramJaasConfig() {
        return SCRAM_LOGIN + " required username=\"" + username + "\" password=\"" + password + "\";";
    }

    /**
     * SASL/PLAIN for the controller listener, where SCRAM cannot be used (the controller needs it before the
     * metadata that holds SCRAM credentials is loaded): the broker logs in as the same user, and the same line
     * tells the controller the password it accepts.
     */
    String plainJaasConfig() {
        return PLAIN_LOGIN + " required username=\"" + username + "\" password=\"" + password + "\" user_" + username
                + "=\"" + password + "\";";
    }

    /** The argument of the storage tool's {@code --add-scram}: the user is in the cluster's metadata from its start. */
    String scramFormatArgument() {
        return MECHANISM + "=[name=" + username + ",password=" + password + "]";
    }

    String password() {
        return password;
    }

    /** A digest that tells whether a broker's log already holds these credentials, without keeping the password. */
    String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "KafkaCredentials[" + username + "]";
    }
}
