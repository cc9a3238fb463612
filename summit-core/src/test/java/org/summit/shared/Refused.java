package org.summit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** For tests: what a refused call said, as codes, never as English fragments. */
public final class Refused {

    private Refused() {}

    /** The field and code of every violation of the invalid input that {@code call} was refused with. */
    public static List<Tuple> fieldsAndCodes(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call is refused as invalid input").isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown)
                .violations().stream()
                        .map(violation ->
                                tuple(violation.field(), violation.code().code()))
                        .toList();
    }

    /** The code of the refusal {@code call} was refused with, of the {@code kind} expected. */
    public static String code(Class<? extends Refusal> kind, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call is refused").isInstanceOf(kind);
        return ((Refusal) thrown).code().code();
    }
}
