package eu.clus3.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ValidatorTest {

    @Test
    void without_errors_nothing_is_thrown() {
        Validator v = new Validator()
                .required("name", "Ada")
                .maxLength("name", "Ada", 3)
                .maxLength("note", null, 3)
                .email("email", "ada@example.org")
                .email("other", null)
                .range("age", 36, 0, 150)
                .range("optional", null, 1, 2)
                .matches("code", "", Pattern.compile("x+"), "validation.code", "only x")
                .check(true, "flag", "validation.flag", "must hold");

        assertThat(v.hasErrorOn("name")).isFalse();
        assertThatCode(v::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void required_refuses_null_empty_and_blank() {
        List<FieldError> errors = errors(new Validator()
                .required("a", null).required("b", "").required("c", " \t"));

        assertThat(errors).extracting(FieldError::field).containsExactly("a", "b", "c");
        assertThat(errors).extracting(FieldError::code).containsOnly("validation.required");
    }

    @Test
    void max_length_counts_characters_and_accepts_the_limit() {
        assertThat(errors(new Validator().maxLength("name", "abc", 3))).isEmpty();
        assertThat(errors(new Validator().maxLength("name", "abcd", 3)))
                .singleElement().extracting(FieldError::code).isEqualTo("validation.tooLong");
    }

    @Test
    void range_is_inclusive() {
        assertThat(errors(new Validator().range("n", 1, 1, 3).range("n", 3, 1, 3))).isEmpty();
        assertThat(errors(new Validator().range("low", 0, 1, 3).range("high", 4, 1, 3)))
                .extracting(FieldError::field).containsExactly("low", "high");
    }

    @Test
    void matches_skips_blank_values_and_reports_its_own_code() {
        Pattern digits = Pattern.compile("\\d+");

        assertThat(errors(new Validator().matches("n", "  ", digits, "validation.digits", "digits only"))).isEmpty();
        assertThat(errors(new Validator().matches("n", "12a", digits, "validation.digits", "digits only")))
                .containsExactly(new FieldError("n", "validation.digits", "digits only"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.org", "a.b+tag@sub.example.co.uk", "x@y.io"})
    void valid_email_addresses_pass(String email) {
        assertThat(errors(new Validator().email("email", email))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.org", "ada@example", "ada@@example.org", "a da@example.org",
            "ada@example.c", "ada@example.org."})
    void invalid_email_addresses_are_refused(String email) {
        assertThat(errors(new Validator().email("email", email)))
                .singleElement().extracting(FieldError::code).isEqualTo("validation.email");
    }

    @Test
    void all_errors_are_thrown_together_in_order() {
        Validator v = new Validator()
                .required("username", null)
                .email("email", "nope")
                .check(false, "role", "validation.required", "role is required");

        assertThat(v.hasErrorOn("email")).isTrue();
        assertThat(v.hasErrorOn("displayName")).isFalse();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, v::throwIfInvalid);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("username", "email", "role");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("error.invalidInput");
        assertThat(e.getMessage())
                .isEqualTo("Invalid input: username: username is required; email: email must be an e-mail address;"
                        + " role: role is required");
    }

    private static List<FieldError> errors(Validator v) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, v::throwIfInvalid);
        return e == null ? List.of() : e.fieldErrors();
    }
}
