package eu.clus3.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PageRequestTest {

    @Test
    void missing_values_mean_the_first_page_of_the_default_size() {
        assertThat(PageRequest.parse(null, null, 25)).isEqualTo(new PageRequest(0, 25));
        assertThat(PageRequest.parse("", "  ", 25)).isEqualTo(new PageRequest(0, 25));
    }

    @Test
    void numbers_are_parsed_and_trimmed() {
        PageRequest page = PageRequest.parse(" 3 ", "50", 25);

        assertThat(page).isEqualTo(new PageRequest(3, 50));
        assertThat(page.offset()).isEqualTo(150);
    }

    @Test
    void the_bounds_themselves_are_accepted() {
        assertThat(PageRequest.parse("0", "1", 25)).isEqualTo(new PageRequest(0, 1));
        assertThat(PageRequest.parse("1000000", String.valueOf(PageRequest.MAX_SIZE), 25))
                .isEqualTo(new PageRequest(1_000_000, 200));
    }

    @ParameterizedTest
    @CsvSource({
            "abc,   10,  page, validation.number",
            "1.5,   10,  page, validation.number",
            "99999999999, 10, page, validation.number",
            "0,     ten, size, validation.number",
            "0,     -,   size, validation.number",
            "-1,    10,  page, validation.range",
            "1000001, 10, page, validation.range",
            "0,     0,   size, validation.range",
            "0,     201, size, validation.range",
    })
    void garbage_or_out_of_bounds_is_refused_naming_the_field(String page, String size, String field, String code) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PageRequest.parse(page, size, 25));

        assertThat(e).isNotNull();
        assertThat(e.fieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.code()).isEqualTo(code);
        });
        assertThat(e.getMessage()).contains(field);
    }

    @Test
    void both_fields_are_reported_at_once() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PageRequest.parse("first", "all", 25));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("page", "size");
    }
}
