package eu.clus3.core.identity;

import eu.clus3.core.shared.FieldError;
import eu.clus3.core.shared.InvalidInputException;
import eu.clus3.core.shared.Validator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    @Test
    void a_long_varied_password_passes() {
        assertThat(errors("Tr0ub4dor&3x!", "alice")).isEmpty();
    }

    @Test
    void a_password_is_required() {
        assertThat(codes(null, "alice")).containsExactly("validation.required");
        assertThat(codes("", "alice")).containsExactly("validation.required");
    }

    @Test
    void a_password_shorter_than_12_characters_is_too_short() {
        assertThat(codes("abcdefghijk", "alice")).containsExactly("validation.passwordTooShort");
        assertThat(errors("abcdefghijkl", "alice")).isEmpty();
    }

    @Test
    void a_password_longer_than_256_characters_is_too_long() {
        assertThat(codes("abcdefghij".repeat(26), "alice")).containsExactly("validation.tooLong");
        assertThat(errors("abcdefghij".repeat(25) + "abcdef", "alice")).isEmpty(); // exactly 256
    }

    @Test
    void a_password_equal_to_the_user_name_is_refused_whatever_the_case() {
        assertThat(codes("alice.wonderland", "alice.wonderland")).containsExactly("validation.passwordIsUsername");
        assertThat(codes("Alice.Wonderland", "alice.wonderland")).containsExactly("validation.passwordIsUsername");
        assertThat(errors("alice.wonderland", null)).isEmpty();
    }

    @Test
    void a_password_with_fewer_than_5_different_characters_is_too_simple() {
        assertThat(codes("aaaaaaaaaaaa", "alice")).containsExactly("validation.passwordTooSimple");
        assertThat(codes("abcdabcdabcd", "alice")).containsExactly("validation.passwordTooSimple");
        assertThat(errors("abcdeabcdeab", "alice")).isEmpty();
    }

    @Test
    void every_problem_of_one_password_is_reported_on_its_field() {
        List<FieldError> errors = errors("aaa", "aaa");

        assertThat(errors).extracting(FieldError::field).containsOnly("password");
        assertThat(errors).extracting(FieldError::code).containsExactlyInAnyOrder(
                "validation.passwordTooShort", "validation.passwordIsUsername", "validation.passwordTooSimple");
    }

    @RepeatedTest(20)
    void generated_passwords_pass_the_policy() {
        String password = PasswordPolicy.generate();

        assertThat(password).hasSize(20).matches("[A-Za-z2-9]+").doesNotContain("0", "1", "O", "I", "l");
        assertThat(errors(password, "admin")).isEmpty();
    }

    @Test
    void generated_passwords_differ() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(PasswordPolicy.generate());
        }
        assertThat(seen).hasSize(100);
    }

    private static List<FieldError> errors(String password, String username) {
        Validator v = new Validator();
        PasswordPolicy.check(v, "password", password, username);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, v::throwIfInvalid);
        return e == null ? List.of() : e.fieldErrors();
    }

    private static List<String> codes(String password, String username) {
        return errors(password, username).stream().map(FieldError::code).toList();
    }
}
