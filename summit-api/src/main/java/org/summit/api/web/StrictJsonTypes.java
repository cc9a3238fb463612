package org.summit.api.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads JSON scalars only from the JSON type they are: Micronaut Serde's own deserializers coerce, so that
 * {@code {"id":123}} registered a city called "123", {@code "arrivesOn":123} became 1970-05-04 (123 days after the
 * epoch) and {@code "email":["a"]} was read as the address "a". These replace them ({@code @Primary} wins over the
 * built-in ones) and refuse a token of the wrong type with the decoding error Serde raises for any value it cannot
 * read, which the framework reports as a 400 problem naming the field; nothing is stored.
 *
 * <p>Accepted: text only from a JSON string; true/false only from a JSON boolean; whole numbers only from a JSON
 * integer in range; dates ({@code 2016-03-23}), instants ({@code 2016-03-23T01:00:00Z}) and UUIDs only from a JSON
 * string of that form. {@code null} stays null where the field may be null.
 */
@Factory
class StrictJsonTypes {

    @Singleton
    @Primary
    Deserializer<String> strings() {
        return new Strict<>() {
            @Override
            String read(JsonNode node) throws IOException {
                return text(node, "text in double quotes");
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<Boolean> booleans() {
        return new Strict<>() {
            @Override
            Boolean read(JsonNode node) throws IOException {
                if (!node.isBoolean()) {
                    throw wrongType(node, "true or false");
                }
                return node.getBooleanValue();
            }

            @Override
            public Boolean getDefaultValue(DecoderContext context, Argument<? super Boolean> type) {
                return type.isPrimitive() ? Boolean.FALSE : null;
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<Integer> integers() {
        return new Strict<>() {
            @Override
            Integer read(JsonNode node) throws IOException {
                return wholeNumber(node, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
            }

            @Override
            public Integer getDefaultValue(DecoderContext context, Argument<? super Integer> type) {
                return type.isPrimitive() ? 0 : null;
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<Long> longs() {
        return new Strict<>() {
            @Override
            Long read(JsonNode node) throws IOException {
                return wholeNumber(node, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
            }

            @Override
            public Long getDefaultValue(DecoderContext context, Argument<? super Long> type) {
                return type.isPrimitive() ? 0L : null;
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<LocalDate> dates() {
        return new Strict<>() {
            @Override
            LocalDate read(JsonNode node) throws IOException {
                String text = text(node, "a date in double quotes, like \"2016-03-23\"");
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeException e) {
                    throw new Refused("'" + text + "' is not a date of the form 2016-03-23");
                }
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<Instant> instants() {
        return new Strict<>() {
            @Override
            Instant read(JsonNode node) throws IOException {
                String text = text(node, "a time in double quotes, like \"2016-03-23T01:00:00Z\"");
                try {
                    return Instant.parse(text);
                } catch (DateTimeException e) {
                    throw new Refused("'" + text + "' is not a time of the form 2016-03-23T01:00:00Z");
                }
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<UUID> uuids() {
        return new Strict<>() {
            @Override
            UUID read(JsonNode node) throws IOException {
                String text = text(node, "an id in double quotes");
                try {
                    return UUID.fromString(text);
                } catch (IllegalArgumentException e) {
                    throw new Refused("'" + text + "' is not an id");
                }
            }
        };
    }

    /**
     * A value refused for its type or form. Deliberately not a {@code SerdeException}: Serde then reports it as every
     * other value it cannot decode, "Error decoding property [String id] of type [...]: …", which names the field.
     */
    static final class Refused extends IOException {

        Refused(String message) {
            super(message);
        }
    }

    /** Reads one JSON value whole, then accepts it only if it is of the expected JSON type. */
    private abstract static class Strict<T> implements Deserializer<T> {

        abstract T read(JsonNode node) throws IOException;

        @Override
        public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            JsonNode node = decoder.decodeNode();
            if (node.isNull()) {
                throw wrongType(node, "a value");
            }
            return read(node);
        }

        @Override
        public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> type)
                throws IOException {
            JsonNode node = decoder.decodeNode();
            return node.isNull() ? null : read(node);
        }
    }

    private static String text(JsonNode node, String expected) throws IOException {
        if (!node.isString()) {
            throw wrongType(node, expected);
        }
        return node.getStringValue();
    }

    private static BigInteger wholeNumber(JsonNode node, long min, long max) throws IOException {
        Number number = node.isNumber() ? node.getNumberValue() : null;
        if (!(number instanceof Integer || number instanceof Long || number instanceof BigInteger)) {
            throw wrongType(node, "a whole number");
        }
        BigInteger value = node.getBigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Refused("the number " + value + " is out of range");
        }
        return value;
    }

    private static IOException wrongType(JsonNode node, String expected) {
        return new Refused("must be " + expected + ", not " + kind(node));
    }

    /** What was sent instead, in the words of JSON. */
    private static String kind(JsonNode node) {
        if (node.isNull()) {
            return "null";
        } else if (node.isString()) {
            return "text";
        } else if (node.isBoolean()) {
            return node.getBooleanValue() ? "true" : "false";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isArray()) {
            return "a list";
        } else {
            return "an object";
        }
    }
}
