package eu.clus3.benchmarking.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkingApiTest {

    @Test
    void editionFilesAreReadAsUtf8UnlessTheRequestNamesAnotherCharset() {
        assertThat(BenchmarkingApi.charset("text/yaml")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(BenchmarkingApi.charset(null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(BenchmarkingApi.charset("application/yaml; charset=\"ISO-8859-1\"")).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(BenchmarkingApi.charset("application/json;Charset=nonsense")).isEqualTo(StandardCharsets.UTF_8);
    }
}
