package eu.clus3.core.modules;

import eu.clus3.plugin.api.ClusterRef;
import eu.clus3.plugin.api.PlatformLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The platform's addresses as one module sees them ({@code ModuleContext.links()}). */
public final class ModuleLinks implements PlatformLinks {

    private final String moduleId;

    public ModuleLinks(String moduleId) {
        this.moduleId = moduleId;
    }

    @Override
    public String cluster(ClusterRef cluster) {
        return "clusters/" + cluster.slug();
    }

    @Override
    public String moduleView(String path) {
        return "modules/" + moduleId + (path == null || path.isEmpty() ? "" : "/" + path);
    }

    @Override
    public String discussionAbout(String subjectKey, String title) {
        // The forum's subject reference (a topic's indicatorRef): what forum/about/<ref> looks up.
        String ref = "module:" + moduleId + ":" + subjectKey;
        if (subjectKey == null || !subjectKey.matches("[A-Za-z0-9._:-]+") || ref.length() > 100) {
            throw new IllegalArgumentException("A discussion's subject key holds letters, digits and . _ : -"
                    + " (at most " + (100 - ("module:" + moduleId + ":").length()) + " characters): " + subjectKey);
        }
        return "forum/about/" + ref
                + (title == null || title.isBlank() ? "" : "?title=" + URLEncoder.encode(title.strip(), StandardCharsets.UTF_8));
    }
}
