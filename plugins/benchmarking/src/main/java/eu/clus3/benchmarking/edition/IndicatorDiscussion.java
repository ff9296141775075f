package eu.clus3.benchmarking.edition;

import eu.clus3.plugin.api.PlatformLinks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The forum discussion about an indicator of an edition: one per indicator for the whole platform (it is about
 * governance practice, not about any cluster's figures), so every cluster that reads the indicator meets in
 * the same topic. Its subject is {@code indicator:<editionId>:<indicatorId>}; the forum keeps it as
 * {@code module:benchmarking:indicator:<editionId>:<indicatorId>}.
 */
public final class IndicatorDiscussion {

    /** The forum's subject reference holds at most 100 characters, "module:benchmarking:" included. */
    static final int MAX_SUBJECT = 100 - "module:benchmarking:".length();

    private IndicatorDiscussion() {
    }

    /**
     * The subject key of an indicator. Ids are letters, digits, '.', '_', '-', so the key is readable; the
     * rare pair of very long ids that would not fit is named by a digest of both instead.
     */
    public static String subject(String editionId, String indicatorId) {
        String key = "indicator:" + editionId + ":" + indicatorId;
        if (key.length() <= MAX_SUBJECT) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((editionId + ":" + indicatorId).getBytes(StandardCharsets.UTF_8));
            return "indicator:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of the discussion (the forum offers to start it, with {@code title}, when there is none yet). */
    public static String link(PlatformLinks links, String editionId, String indicatorId, String title) {
        return links.discussionAbout(subject(editionId, indicatorId), title);
    }
}
