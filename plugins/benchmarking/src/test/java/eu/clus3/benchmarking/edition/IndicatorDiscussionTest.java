package eu.clus3.benchmarking.edition;

import eu.clus3.core.modules.ModuleLinks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorDiscussionTest {

    // the platform's own links of the benchmarking module (what ModuleContext.links() gives it)
    private final ModuleLinks links = new ModuleLinks("benchmarking");

    @Test
    void anIndicatorHasOneDiscussionForTheWholePlatformNamedByItsEditionAndId() {
        String link = IndicatorDiscussion.link(links, "clus3-2026", "2.1",
                "Indicatore 2.1 Maturità della gestione del cluster (clus3-2026)");

        assertThat(IndicatorDiscussion.subject("clus3-2026", "2.1")).isEqualTo("indicator:clus3-2026:2.1");
        assertThat(link).isEqualTo("forum/about/module:benchmarking:indicator:clus3-2026:2.1"
                + "?title=Indicatore+2.1+Maturit%C3%A0+della+gestione+del+cluster+%28clus3-2026%29");
        // another edition's indicator of the same id is another subject
        assertThat(IndicatorDiscussion.subject("official-2027", "2.1")).isNotEqualTo(IndicatorDiscussion.subject("clus3-2026", "2.1"));
    }

    @Test
    void idsTooLongForTheForumsReferenceGetAStableDigest() {
        String edition = "e".repeat(40);
        String indicator = "i".repeat(40);

        String subject = IndicatorDiscussion.subject(edition, indicator);

        assertThat(subject).startsWith("indicator:").hasSizeLessThanOrEqualTo(IndicatorDiscussion.MAX_SUBJECT)
                .isEqualTo(IndicatorDiscussion.subject(edition, indicator))
                .isNotEqualTo(IndicatorDiscussion.subject(edition, "j".repeat(40)));
        assertThat(IndicatorDiscussion.link(links, edition, indicator, "x")).startsWith("forum/about/module:benchmarking:indicator:");
    }
}
