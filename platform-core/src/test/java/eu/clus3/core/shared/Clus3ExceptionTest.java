package eu.clus3.core.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class Clus3ExceptionTest {

    @Test
    void each_error_kind_has_its_http_status_and_code() {
        assertThat(new ForbiddenException("no")).returns(403, Clus3Exception::status)
                .returns("error.forbidden", Clus3Exception::code);
        assertThat(new NotFoundException("User", 7)).returns(404, Clus3Exception::status)
                .returns("error.notFound", Clus3Exception::code)
                .returns("User 7 does not exist", Clus3Exception::getMessage);
        assertThat(new UnauthenticatedException()).returns(401, Clus3Exception::status)
                .returns("error.unauthenticated", Clus3Exception::code);
        assertThat(new TooManyRequestsException("error.throttled", "wait", Duration.ofMinutes(3)))
                .returns(429, Clus3Exception::status)
                .returns(Duration.ofMinutes(3), TooManyRequestsException::retryAfter);
        assertThat(InvalidInputException.of("name", "validation.required", "name is required"))
                .returns(400, Clus3Exception::status);
    }

    @Test
    void only_invalid_input_carries_field_errors() {
        assertThat(new ForbiddenException("no").fieldErrors()).isEmpty();
        assertThat(InvalidInputException.of("name", "validation.required", "name is required").fieldErrors())
                .containsExactly(new FieldError("name", "validation.required", "name is required"));
    }

    @Test
    void a_stale_version_conflict_tells_the_current_version() {
        ConflictException e = ConflictException.staleVersion("User alice", 4);

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("error.staleVersion");
        assertThat(e.currentVersion()).isEqualTo(4L);
        assertThat(e.getMessage()).contains("User alice", "4");
    }
}
