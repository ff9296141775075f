package eu.clus3.plugin.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentsTest {

    @Test
    void escapedTextIsSafeInsideElementsAndQuotedAttributesAndHoldsOnlyCharactersXmlAllows() {
        assertThat(Documents.escape("<script>alert('x')</script> & \"q\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Documents.escape("a\u0000b\u0008c\uFFFEd\uD800e\tf\n")).isEqualTo("abcde\tf\n");
        assertThat(Documents.escape("Città 😀 שלום")).isEqualTo("Città 😀 שלום");
        assertThat(Documents.escape(null)).isEmpty();
    }

    @Test
    void anOlderPlatformMakesNoPdf() {
        assertThatThrownBy(() -> Documents.NONE.pdf("<html/>")).isInstanceOf(UnsupportedOperationException.class);
    }
}
